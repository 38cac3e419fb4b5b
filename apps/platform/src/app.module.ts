import { join } from 'node:path';

import { AccessModule, type AccessModuleOptions } from '@khai/access';
import { AnalyticsModule, analyticsProjections, EGG_GRAMS } from '@khai/analytics';
import {
  type CheckpointStore,
  type EventStore,
  EventStoreModule,
  type PersonalDataOptions,
  SqliteRequestKeys,
} from '@khai/event-sourcing';
import { FeedModule } from '@khai/feed';
import { IntegrationModule, type IntegrationModuleOptions } from '@khai/integration';
import { MarketModule } from '@khai/market';
import { ProcessesModule } from '@khai/processes';
import { GRADED_SIZE_CLASSES, ProductionModule } from '@khai/production';
import { type DocumentProjection, ReadModelsModule, type ReadModelStore } from '@khai/read-models';
import { RegistryModule } from '@khai/registry';
import { SalesModule } from '@khai/sales';
import { SettlementModule } from '@khai/settlement';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

import { AuditController } from './audit.controller';
import type { PlatformConfig } from './config';
import { HealthController } from './health.controller';

/** Every read model the platform keeps, for the runner and for `npm run read-models:rebuild`. */
export function platformProjections(): DocumentProjection[] {
  return analyticsProjections();
}

/** Cooperative settings from the configuration, for every context. */
@Global()
@Module({})
class SettingsModule {
  static forRoot(config: Pick<PlatformConfig, 'sizeClasses' | 'eggGrams'>): DynamicModule {
    const providers = [
      { provide: GRADED_SIZE_CLASSES, useValue: config.sizeClasses },
      { provide: EGG_GRAMS, useValue: config.eggGrams },
    ];
    return { module: SettingsModule, providers, exports: providers.map((p) => p.provide) };
  }
}

/** Every context in one process, over one event store; the process managers checkpoint in `checkpoints`. */
@Module({})
export class PlatformModule {
  static forRoot(
    store: EventStore,
    checkpoints: CheckpointStore,
    settings: Pick<PlatformConfig, 'sizeClasses' | 'eggGrams'> &
      Partial<Pick<PlatformConfig, 'dataDir' | 'readModelSnapshotMinutes'>>,
    readModels: ReadModelStore,
    integration: IntegrationModuleOptions,
    access: AccessModuleOptions,
    personalData?: PersonalDataOptions,
  ): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(
          store,
          checkpoints,
          personalData,
          settings.dataDir === undefined
            ? undefined
            : new SqliteRequestKeys(join(settings.dataDir, 'request-keys.sqlite')),
        ),
        AccessModule.forRoot(access),
        SettingsModule.forRoot(settings),
        ReadModelsModule.forRoot({
          store: readModels,
          projections: platformProjections(),
          ...(settings.dataDir === undefined
            ? {}
            : {
                snapshot: {
                  file: join(settings.dataDir, 'read-models.snapshot'),
                  everyMs: (settings.readModelSnapshotMinutes ?? 10) * 60_000,
                },
              }),
        }),
        RegistryModule,
        FeedModule,
        ProductionModule,
        MarketModule,
        SalesModule,
        SettlementModule,
        AnalyticsModule,
        ProcessesModule,
        IntegrationModule.forRoot(integration),
      ],
      controllers: [HealthController, AuditController],
    };
  }
}
