import { Roles } from '@khai/event-sourcing';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { ProcessManagerRunner } from './process-manager-runner';

class ProcessStatusDto {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'log position of the last event fully handled' }) checkpoint!: number;
  @ApiProperty() head!: number;
  @ApiProperty() lag!: number;
  @ApiProperty({ nullable: true, type: String }) failed!: string | null;
}

@ApiTags('platform')
@Controller('processes')
export class ProcessStatusController {
  constructor(private readonly runner: ProcessManagerRunner) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: [ProcessStatusDto] })
  status(): Promise<ProcessStatusDto[]> {
    return this.runner.status();
  }
}
