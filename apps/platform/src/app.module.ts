import { AnalyticsModule } from '@khai/analytics';
import { type EventStore, EventStoreModule } from '@khai/event-sourcing';
import { FeedModule } from '@khai/feed';
import { MarketModule } from '@khai/market';
import { ProductionModule } from '@khai/production';
import { RegistryModule } from '@khai/registry';
import { SalesModule } from '@khai/sales';
import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

import { HealthController } from './health.controller';

/** Every context in one process, over one event store. */
@Module({})
export class PlatformModule {
  static forRoot(store: EventStore): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(store),
        RegistryModule,
        FeedModule,
        ProductionModule,
        MarketModule,
        SalesModule,
        AnalyticsModule,
      ],
      controllers: [HealthController],
    };
  }
}
