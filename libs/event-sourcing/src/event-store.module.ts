import { CHECKPOINT_STORE, type CheckpointStore } from '@khai/core';
import { EVENT_STORE, type EventStore } from '@khai/core';
import { PERSONAL_DATA_VAULT, type PersonalDataVault, type PersonalFields, REQUEST_FINGERPRINT_KEY } from '@khai/core';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';

import { InMemoryCheckpointStore } from './adapters/in-memory.checkpoint-store';
import { PersonalDataEventStore } from './adapters/personal-data.event-store';
import { SqlitePersonalDataVault } from './adapters/sqlite.personal-data-vault';
import { SqliteRequestKeys } from './adapters/sqlite.request-keys';
import { REQUEST_KEYS } from './http/json-body';
import { UseCaseRunner } from './http/use-case.controller';

/** The vault of members' personal data and the events whose fields it seals (`PersonalDataEventStore`). */
export interface PersonalDataOptions {
  readonly vault: PersonalDataVault;
  readonly fields: PersonalFields;
}

/**
 * Binds the one event store of the process (EVENT_STORE) and the store of
 * subscriber checkpoints (CHECKPOINT_STORE) for every context, and the runner of
 * every context's use cases on that store. With `personalData`, the store seals the
 * personal fields named (and PERSONAL_DATA_VAULT is that vault; else one in memory); the
 * vault's installation key keys the request fingerprints (REQUEST_FINGERPRINT_KEY). `requestKeys` registers which
 * request each Idempotency-Key was taken for (REQUEST_KEYS; in memory unless given).
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(REQUEST_KEYS) private readonly requestKeys: SqliteRequestKeys) {}

  onApplicationShutdown(): void {
    this.requestKeys.close();
  }

  static forRoot(
    store: EventStore,
    checkpoints: CheckpointStore = new InMemoryCheckpointStore(),
    personalData?: PersonalDataOptions,
    requestKeys: SqliteRequestKeys = new SqliteRequestKeys(),
  ): DynamicModule {
    const vault = personalData?.vault ?? new SqlitePersonalDataVault();
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          useValue: personalData ? new PersonalDataEventStore(store, vault, personalData.fields) : store,
        },
        { provide: CHECKPOINT_STORE, useValue: checkpoints },
        { provide: PERSONAL_DATA_VAULT, useValue: vault },
        // Keyed event ids of requests with an Idempotency-Key: a secret of the installation (see requestFingerprint).
        { provide: REQUEST_FINGERPRINT_KEY, useValue: vault.installationKey('request-fingerprint') },
        { provide: REQUEST_KEYS, useValue: requestKeys },
        UseCaseRunner,
      ],
      exports: [
        EVENT_STORE,
        CHECKPOINT_STORE,
        PERSONAL_DATA_VAULT,
        REQUEST_FINGERPRINT_KEY,
        REQUEST_KEYS,
        UseCaseRunner,
      ],
    };
  }
}
