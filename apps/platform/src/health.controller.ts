import { EVENT_STORE, type EventStore } from '@khai/event-sourcing';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** 200 while the platform can write; 503 (a problem) once its event store has failed until a restart. */
  @Get()
  async health(): Promise<{ status: 'ok'; headPosition: number }> {
    const failed = this.store.failure?.();
    if (failed) throw failed;
    return { status: 'ok', headPosition: await this.store.headPosition() };
  }
}
