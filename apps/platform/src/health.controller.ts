import { EVENT_STORE, type EventStore, KhaiError, Open } from '@khai/event-sourcing';
import { ProcessManagerRunner, type ProcessStatus } from '@khai/processes';
import { ReadModelRunner, type ReadModelStatus } from '@khai/read-models';
import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';

/** The read models are still catching up with the log (at start, after a restore): 503 from `/health/ready`. */
export class NotReady extends KhaiError {
  readonly code = 'not_ready';
  readonly status = 503;
  readonly title = 'The read models are still catching up with the log';
}

class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ description: 'every read model has caught up with the log and follows it (see /health/ready)' })
  ready!: boolean;
  @ApiProperty({ description: 'position of the last event in the log' }) headPosition!: number;
  @ApiProperty({ description: 'events the read model furthest behind has yet to apply' }) readModelsLag!: number;
  @ApiProperty({ description: 'events the process manager furthest behind has yet to handle' }) processesLag!: number;
}

/** What the health answers read of the runners: their status (tests give their own). */
export interface HealthSources {
  readonly readModels?: { status(): Promise<readonly ReadModelStatus[]> };
  readonly processes?: { status(): Promise<readonly ProcessStatus[]> };
}

@ApiTags('platform')
@Controller('health')
@Open()
export class HealthController {
  private readonly sources: HealthSources;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(ReadModelRunner) readModels?: ReadModelRunner,
    @Optional() @Inject(ProcessManagerRunner) processes?: ProcessManagerRunner,
  ) {
    this.sources = { ...(readModels ? { readModels } : {}), ...(processes ? { processes } : {}) };
  }

  /** For tests: the controller over any status sources. */
  static over(store: EventStore, sources: HealthSources): HealthController {
    const health = new HealthController(store);
    Object.assign(health.sources, sources);
    return health;
  }

  /**
   * Liveness: 200 as soon as the platform listens, also while the read models catch up (`ready: false`, with the
   * lag); 503 (a problem) once its event store has failed, until a restart.
   */
  @Get()
  @ApiOkResponse({ type: HealthDto })
  async health(): Promise<HealthDto> {
    const failed = this.store.failure?.();
    if (failed) throw failed;
    const [headPosition, readModels, processes] = await Promise.all([
      this.store.headPosition(),
      this.sources.readModels?.status() ?? [],
      this.sources.processes?.status() ?? [],
    ]);
    return {
      status: 'ok',
      ready: readModels.every((r) => r.live && !r.failed),
      headPosition,
      readModelsLag: Math.max(0, ...readModels.map((r) => r.lag)),
      processesLag: Math.max(0, ...processes.map((p) => p.lag)),
    };
  }

  /** Readiness: 200 once every read model has caught up with the log; until then 503 `not_ready` with the lag. */
  @Get('ready')
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'still catching up (`not_ready`), or the event store has failed' })
  async ready(): Promise<HealthDto> {
    const health = await this.health();
    if (!health.ready) {
      const { headPosition, readModelsLag, processesLag } = health;
      throw new NotReady(`the read models are ${readModelsLag} events behind the log`, {
        headPosition,
        readModelsLag,
        processesLag,
      });
    }
    return health;
  }
}
