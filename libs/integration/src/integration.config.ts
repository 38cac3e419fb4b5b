import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { InProcessIntegrationBus } from './adapters/in-process.integration-bus';
import { KafkaIntegrationBus } from './adapters/kafka.integration-bus';
import { SqliteInboxStore } from './inbox/sqlite.inbox-store';
import type { IntegrationModuleOptions } from './integration.module';
import type { IntegrationBus } from './integration-bus.port';
import type { RelayEventStoreSpec } from './outbound/relay-thread';
import { SqliteWaitingStore } from './waiting/sqlite.waiting-store';

export interface IntegrationConfig {
  readonly bus: 'in-process' | 'kafka';
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly groupId: string;
  /** Partitions of the topics the cooperative creates when they are missing. */
  readonly partitions: number;
  readonly topicPrefix: string;
  /** Kafka only: the outbox relay on a worker thread of its own (`KHAI_KAFKA_RELAY_THREAD`, default true). */
  readonly relayThread: boolean;
  /**
   * How long a partner message refused `*_not_found` waits for what it names, tried again with back-off, before
   * it is dead-lettered (`KHAI_KAFKA_WAIT_SECONDS`, default 300; 0: at once).
   */
  readonly waitSeconds: number;
}

export class IntegrationConfigError extends Error {}

/**
 * Reads the integration settings: in-process unless `KHAI_INTEGRATION_BUS=kafka`
 * (which needs `KHAI_KAFKA_BROKERS`, e.g. `127.0.0.1:9092`).
 */
export function loadIntegrationConfig(env: NodeJS.ProcessEnv = process.env): IntegrationConfig {
  const bus = env.KHAI_INTEGRATION_BUS ?? 'in-process';
  if (bus !== 'in-process' && bus !== 'kafka') {
    throw new IntegrationConfigError(`KHAI_INTEGRATION_BUS must be in-process or kafka, got "${bus}"`);
  }
  const brokers = (env.KHAI_KAFKA_BROKERS ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (bus === 'kafka' && brokers.length === 0) {
    throw new IntegrationConfigError('KHAI_INTEGRATION_BUS=kafka needs KHAI_KAFKA_BROKERS (host:port,…)');
  }
  if (brokers.some((b) => !/^[A-Za-z0-9.-]+:\d{1,5}$/.test(b))) {
    throw new IntegrationConfigError(`KHAI_KAFKA_BROKERS must be host:port,…, got "${env.KHAI_KAFKA_BROKERS}"`);
  }
  const partitions = Number(env.KHAI_KAFKA_PARTITIONS ?? 3);
  if (!Number.isInteger(partitions) || partitions < 1 || partitions > 1000) {
    throw new IntegrationConfigError(`KHAI_KAFKA_PARTITIONS must be 1–1000, got "${env.KHAI_KAFKA_PARTITIONS}"`);
  }
  const relayThreadValue = env.KHAI_KAFKA_RELAY_THREAD ?? 'true';
  if (relayThreadValue !== 'true' && relayThreadValue !== 'false') {
    throw new IntegrationConfigError(`KHAI_KAFKA_RELAY_THREAD must be true or false, got "${relayThreadValue}"`);
  }
  const relayThread = relayThreadValue === 'true';
  const waitSeconds = Number(env.KHAI_KAFKA_WAIT_SECONDS ?? 300);
  if (!/^\d{1,5}$/.test(env.KHAI_KAFKA_WAIT_SECONDS ?? '300') || waitSeconds > 86_400) {
    throw new IntegrationConfigError(
      `KHAI_KAFKA_WAIT_SECONDS must be whole seconds 0–86400, got "${env.KHAI_KAFKA_WAIT_SECONDS}"`,
    );
  }
  const topicPrefix = env.KHAI_KAFKA_TOPIC_PREFIX ?? '';
  if (!/^[A-Za-z0-9._-]{0,100}$/.test(topicPrefix)) {
    throw new IntegrationConfigError(
      `KHAI_KAFKA_TOPIC_PREFIX may hold only letters, digits, ".", "_", "-", got "${topicPrefix}"`,
    );
  }
  return {
    bus,
    brokers,
    clientId: env.KHAI_KAFKA_CLIENT_ID ?? 'khai-cooperative',
    groupId: env.KHAI_KAFKA_GROUP_ID ?? 'khai-cooperative',
    partitions,
    topicPrefix,
    relayThread,
    waitSeconds,
  };
}

export function createIntegrationBus(config: IntegrationConfig): IntegrationBus {
  return config.bus === 'kafka'
    ? new KafkaIntegrationBus({ brokers: config.brokers, clientId: config.clientId, topicPrefix: config.topicPrefix })
    : new InProcessIntegrationBus();
}

/**
 * Everything `IntegrationModule.forRoot` needs, with the inbox in `<dataDir>/inbox.sqlite` and the messages
 * that wait for what they name in `<dataDir>/waiting.sqlite`;
 * with Kafka and `relayThread`, the relay on its own thread, reading the log at `events`
 * and keeping its checkpoint in `<dataDir>/checkpoints.sqlite`.
 */
export function integrationOptions(
  config: IntegrationConfig,
  dataDir: string,
  events: RelayEventStoreSpec,
): IntegrationModuleOptions {
  mkdirSync(dataDir, { recursive: true });
  const { brokers, clientId, topicPrefix } = config;
  return {
    enabled: true,
    bus: createIntegrationBus(config),
    inbox: new SqliteInboxStore(join(dataDir, 'inbox.sqlite'), { checkpointThread: true }),
    waiting: { store: new SqliteWaitingStore(join(dataDir, 'waiting.sqlite')), boundMs: config.waitSeconds * 1000 },
    groupId: config.groupId,
    partitions: config.partitions,
    ...(config.bus === 'kafka' && config.relayThread
      ? {
          relayThread: {
            events,
            checkpointsFile: join(dataDir, 'checkpoints.sqlite'),
            kafka: { brokers, clientId: `${clientId}-relay`, topicPrefix },
          },
        }
      : {}),
  };
}
