import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { TOPIC_PARTNER_ID, type TopicPartner } from '@khai/contracts';

import { InProcessIntegrationBus } from './adapters/in-process.integration-bus';
import {
  KafkaIntegrationBus,
  type KafkaSecurity,
  TOPIC_RETENTION,
  type TopicKind,
  type TopicRetention,
} from './adapters/kafka.integration-bus';
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
  /** The cooperative's principal and TLS (`KHAI_KAFKA_SASL_*`, `KHAI_KAFKA_SSL*`); none: PLAINTEXT, anonymous. */
  readonly security: KafkaSecurity;
  /** `KHAI_KAFKA_PARTNERS`: each partner on topics of its own; unset, the shared topics. */
  readonly partnerTopics?: readonly TopicPartner[];
  /**
   * `retention.ms` of the topics the cooperative creates, per kind (`KHAI_KAFKA_RETENTION_INBOUND_DAYS` 7,
   * `_OUTBOUND_DAYS` 30, `_DLQ_DAYS` 30).
   */
  readonly retention: TopicRetention;
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
    security: kafkaSecurity(env),
    ...partnerTopics(env.KHAI_KAFKA_PARTNERS),
    clientId: env.KHAI_KAFKA_CLIENT_ID ?? 'khai-cooperative',
    groupId: env.KHAI_KAFKA_GROUP_ID ?? 'khai-cooperative',
    partitions,
    topicPrefix,
    relayThread,
    waitSeconds,
    retention: topicRetention(env),
  };
}

const RETENTION_ENV: Readonly<Record<TopicKind, string>> = {
  inbound: 'KHAI_KAFKA_RETENTION_INBOUND_DAYS',
  outbound: 'KHAI_KAFKA_RETENTION_OUTBOUND_DAYS',
  deadLetter: 'KHAI_KAFKA_RETENTION_DLQ_DAYS',
};

/** Whole days, 1–3650, per kind of topic; unset: `TOPIC_RETENTION`. */
function topicRetention(env: NodeJS.ProcessEnv): TopicRetention {
  const days = (kind: TopicKind): number => {
    const name = RETENTION_ENV[kind];
    const value = env[name];
    if (value === undefined) return TOPIC_RETENTION[kind];
    if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > 3650) {
      throw new IntegrationConfigError(`${name} must be whole days 1–3650, got "${value}"`);
    }
    return Number(value) * 86_400_000;
  };
  return { inbound: days('inbound'), outbound: days('outbound'), deadLetter: days('deadLetter') };
}

/**
 * `KHAI_KAFKA_PARTNERS=buyer:B-makro-cm,supplier:SUP-CPF`: the partners that have topics of their own (per-partner
 * topics); unset or empty, every partner shares one topic per kind of message.
 */
function partnerTopics(value: string | undefined): { partnerTopics?: readonly TopicPartner[] } {
  const entries = (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  if (entries.length === 0) return {};
  const partners = entries.map((entry): TopicPartner => {
    const [kind, id = ''] = entry.split(':');
    if ((kind !== 'buyer' && kind !== 'supplier') || !TOPIC_PARTNER_ID.test(id)) {
      throw new IntegrationConfigError(
        `KHAI_KAFKA_PARTNERS must be buyer:<id> or supplier:<id>, separated by commas (an id of letters, digits, "_" and "-"), got "${entry}"`,
      );
    }
    return { kind, id };
  });
  const twice = partners.find((p, i) => partners.findIndex((q) => q.id === p.id) !== i);
  if (twice) throw new IntegrationConfigError(`KHAI_KAFKA_PARTNERS names ${twice.id} twice`);
  return { partnerTopics: partners };
}

const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

/**
 * The principal the cooperative signs in as (`KHAI_KAFKA_SASL_MECHANISM`, `_USERNAME`, `_PASSWORD`: all three or
 * none) and TLS (`KHAI_KAFKA_SSL=true`, with `KHAI_KAFKA_SSL_CA_FILE` to trust one CA's PEM file only).
 */
function kafkaSecurity(env: NodeJS.ProcessEnv): KafkaSecurity {
  const mechanism = env.KHAI_KAFKA_SASL_MECHANISM;
  const username = env.KHAI_KAFKA_SASL_USERNAME;
  const password = env.KHAI_KAFKA_SASL_PASSWORD;
  const given = [mechanism, username, password].filter((v) => v !== undefined && v !== '').length;
  if (given !== 0 && given !== 3) {
    throw new IntegrationConfigError(
      'KHAI_KAFKA_SASL_MECHANISM, KHAI_KAFKA_SASL_USERNAME and KHAI_KAFKA_SASL_PASSWORD go together: all three or none',
    );
  }
  const sasl = SASL_MECHANISMS.find((m) => m === mechanism?.toLowerCase());
  if (given === 3 && sasl === undefined) {
    throw new IntegrationConfigError(
      `KHAI_KAFKA_SASL_MECHANISM must be ${SASL_MECHANISMS.join(', ')}, got "${mechanism}"`,
    );
  }
  const sslValue = env.KHAI_KAFKA_SSL ?? 'false';
  if (sslValue !== 'true' && sslValue !== 'false') {
    throw new IntegrationConfigError(`KHAI_KAFKA_SSL must be true or false, got "${sslValue}"`);
  }
  const caFile = env.KHAI_KAFKA_SSL_CA_FILE;
  if (caFile !== undefined && caFile !== '' && sslValue !== 'true') {
    throw new IntegrationConfigError('KHAI_KAFKA_SSL_CA_FILE needs KHAI_KAFKA_SSL=true');
  }
  let ssl: KafkaSecurity['ssl'] = sslValue === 'true';
  if (ssl && caFile) {
    try {
      ssl = { ca: readFileSync(caFile, 'utf8') };
    } catch (error) {
      throw new IntegrationConfigError(
        `KHAI_KAFKA_SSL_CA_FILE cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return {
    ...(sasl && username && password ? { sasl: { mechanism: sasl, username, password } } : {}),
    ...(ssl === false ? {} : { ssl }),
  };
}

export function createIntegrationBus(config: IntegrationConfig): IntegrationBus {
  return config.bus === 'kafka'
    ? new KafkaIntegrationBus({
        brokers: config.brokers,
        clientId: config.clientId,
        topicPrefix: config.topicPrefix,
        security: config.security,
        retention: config.retention,
        ...(config.partnerTopics ? { partnerTopics: config.partnerTopics } : {}),
      })
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
  const { brokers, clientId, topicPrefix, security, partnerTopics: partners } = config;
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
            kafka: {
              brokers,
              clientId: `${clientId}-relay`,
              topicPrefix,
              security,
              ...(partners ? { partnerTopics: partners } : {}),
            },
          },
        }
      : {}),
  };
}
