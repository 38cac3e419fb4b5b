import { Roles } from '@khai/event-sourcing';
import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';

import { ReadModelRunner } from '../runner/read-model-runner';
import { PROMETHEUS_CONTENT_TYPE, readModelMetrics } from './metrics';

class ReadModelStatusDto {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'log position applied and checkpointed' }) position!: number;
  @ApiProperty({ description: 'position of the last event in the log' }) head!: number;
  @ApiProperty({ description: 'events in the log not yet applied' }) lag!: number;
  @ApiProperty({ description: 'caught up and following the log' }) live!: boolean;
  @ApiProperty() rebuilding!: boolean;
  @ApiProperty({ nullable: true, type: String }) failed!: string | null;
  @ApiProperty({ description: 'events applied or passed over since start' }) eventsProcessed!: number;
}

class ReadModelsDto {
  @ApiProperty({ example: 'mongodb', description: 'where the read models are kept: memory or mongodb' })
  store!: string;
  @ApiProperty({ type: [ReadModelStatusDto] }) readModels!: ReadModelStatusDto[];
}

@ApiTags('read models')
@Controller()
export class ReadModelsController {
  constructor(@Inject(ReadModelRunner) private readonly runner: ReadModelRunner) {}

  /** Each read model's position, lag behind the log, and whether it is live or failed. */
  @Get('read-models')
  @Roles('admin')
  @ApiOkResponse({ type: ReadModelsDto })
  async status(): Promise<ReadModelsDto> {
    return { store: this.runner.store.kind, readModels: await this.runner.status() };
  }

  /** The same in Prometheus text format. */
  @Get('metrics')
  @Roles('admin', 'metrics')
  @Header('Content-Type', PROMETHEUS_CONTENT_TYPE)
  @ApiProduces(PROMETHEUS_CONTENT_TYPE)
  @ApiOkResponse({ type: String })
  async metrics(): Promise<string> {
    return readModelMetrics(await this.runner.status(), this.runner.store.kind);
  }
}
