import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { ProjectionRunner } from './projection-runner';

class ProjectionStatusDto {
  @ApiProperty() name!: string;
  @ApiProperty() position!: number;
  @ApiProperty() head!: number;
  @ApiProperty({ description: 'events in the log not yet applied' }) lag!: number;
  @ApiProperty() live!: boolean;
  @ApiProperty({ nullable: true, type: String }) failed!: string | null;
}

@ApiTags('analytics')
@Controller('projections')
export class ProjectionStatusController {
  constructor(private readonly runner: ProjectionRunner) {}

  @Get()
  @ApiOkResponse({ type: [ProjectionStatusDto] })
  status(): Promise<ProjectionStatusDto[]> {
    return this.runner.status();
  }
}
