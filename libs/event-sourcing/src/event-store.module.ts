import { CHECKPOINT_STORE, type CheckpointStore } from '@khai/core';
import { EVENT_STORE, type EventStore, StartupGate } from '@khai/core';
import {
  PERSONAL_DATA_VAULT,
  type PersonalDataVault,
  type PersonalFields,
  REQUEST_FINGERPRINT_KEY,
  REQUEST_FINGERPRINT_KEY_PURPOSE,
} from '@khai/core';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';

import { InMemoryCheckpointStore } from './adapters/in-memory.checkpoint-store';
import { PersonalDataEventStore } from './adapters/personal-data.event-store';
import { SqlitePersonalDataVault } from './adapters/sqlite.personal-data-vault';
import { SqliteRequestKeys } from './adapters/sqlite.request-keys';
import { REQUEST_KEYS } from './http/json-body';
import { UseCaseRunner } from './http/use-case.controller';

/** The vault of members' personal data and the events whose fields it seals (`PersonalDataEventStore`). */
export interface PersonalDataOptions {
  /** The installation's (keys.sqlite); without one, the in-memory vault of the log (`vaultOfLog`). */
  readonly vault?: PersonalDataVault;
  readonly fields: PersonalFields;
}

const vaultsOfLogs = new WeakMap<EventStore, PersonalDataVault>();

/**
 * The vault in memory of a log given none (tests, tools): one per log, as an installation keeps its keys.sqlite with
 * its log, so that a module made again on the same log (a restart in a test) has the same installation keys and
 * knows a keyed request it already wrote.
 */
export function vaultOfLog(store: EventStore): PersonalDataVault {
  let vault = vaultsOfLogs.get(store);
  if (vault === undefined) {
    vault = new SqlitePersonalDataVault();
    vaultsOfLogs.set(store, vault);
  }
  return vault;
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
    const vault = personalData?.vault ?? vaultOfLog(store);
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
        { provide: REQUEST_FINGERPRINT_KEY, useValue: vault.installationKey(REQUEST_FINGERPRINT_KEY_PURPOSE) },
        { provide: REQUEST_KEYS, useValue: requestKeys },
        { provide: StartupGate, useValue: new StartupGate() },
        UseCaseRunner,
      ],
      exports: [
        EVENT_STORE,
        CHECKPOINT_STORE,
        PERSONAL_DATA_VAULT,
        REQUEST_FINGERPRINT_KEY,
        REQUEST_KEYS,
        StartupGate,
        UseCaseRunner,
      ],
    };
  }
}
