import { AnalyticsModule } from '@khai/analytics';
import { type CheckpointStore, type EventStore, EventStoreModule } from '@khai/event-sourcing';
import { FeedModule } from '@khai/feed';
import { MarketModule } from '@khai/market';
import { ProcessesModule } from '@khai/processes';
import { ProductionModule } from '@khai/production';
import { RegistryModule } from '@khai/registry';
import { SalesModule } from '@khai/sales';
import { SettlementModule } from '@khai/settlement';
import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

import { HealthController } from './health.controller';

/** Every context in one process, over one event store; the process managers checkpoint in `checkpoints`. */
@Module({})
export class PlatformModule {
  static forRoot(store: EventStore, checkpoints: CheckpointStore): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(store, checkpoints),
        RegistryModule,
        FeedModule,
        ProductionModule,
        MarketModule,
        SalesModule,
        SettlementModule,
        AnalyticsModule,
        ProcessesModule,
      ],
      controllers: [HealthController],
    };
  }
}
