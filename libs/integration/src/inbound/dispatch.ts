import type { UseCaseRunner } from '@khai/event-sourcing';
import type { CommandBus } from '@nestjs/cqrs';

/** How an inbound message's command is carried out: a context's use case, or (until moved to one) the bus. */
export interface Dispatch {
  readonly useCases: UseCaseRunner;
  readonly bus: CommandBus;
}
