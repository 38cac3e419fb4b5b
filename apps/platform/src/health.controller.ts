import { EVENT_STORE, type EventStore } from '@khai/event-sourcing';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  async health(): Promise<{ status: 'ok'; headPosition: number }> {
    return { status: 'ok', headPosition: await this.store.headPosition() };
  }
}
