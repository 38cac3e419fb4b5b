import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { GenericContainer, getContainerRuntimeClient, type StartedTestContainer, Wait } from 'testcontainers';

/**
 * Finds the real servers the integration tests need. A server given by
 * environment (KURRENTDB_URL, MONGO_URL, KAFKA_BROKERS) is used as is; otherwise
 * one is started with testcontainers where a Docker engine answers; otherwise
 * the suites skip and say why (scripts/test.sh starts a local Kafka and FerretDB
 * first, so on our machines only KurrentDB is skipped).
 */
const started: StartedTestContainer[] = [];

export default async function globalSetup(): Promise<void> {
  // A worker thread runs JavaScript: the relay thread's script comes from the build (SWC, a few seconds), made once
  // here rather than inside a suite (two builds at once would write over each other).
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build.js')], { stdio: 'ignore' });
  await findServers();
  // Said once, up front: which real servers the integration tests run against, and what they skip.
  for (const [name, variable] of [
    ['KurrentDB', 'KURRENTDB_URL'],
    ['MongoDB wire (FerretDB/MongoDB)', 'MONGO_URL'],
    ['Kafka', 'KAFKA_BROKERS'],
  ] as const) {
    const where = process.env[variable];
    const why =
      variable === 'KURRENTDB_URL' ? process.env.KHAI_SKIP_KURRENTDB : `${variable} is not set and no Docker engine`;
    console.log(
      where
        ? `\n${name}: ${where}`
        : `\n${name}: none — its integration tests are SKIPPED (${why ?? 'not configured'})`,
    );
  }
}

async function findServers(): Promise<void> {
  if (process.env.KURRENTDB_URL && process.env.MONGO_URL && process.env.KAFKA_BROKERS) return;
  const docker = await dockerEngine();
  if (docker !== true) {
    if (!process.env.KURRENTDB_URL) {
      process.env.KHAI_SKIP_KURRENTDB = `KURRENTDB_URL is not set and no Docker engine answers (${docker}); KurrentDB cannot be installed on this machine otherwise`;
    }
    return;
  }
  if (!process.env.MONGO_URL) {
    const mongo = await new GenericContainer('mongo:8.0')
      .withExposedPorts(27017)
      .withWaitStrategy(Wait.forLogMessage(/Waiting for connections/))
      .start();
    started.push(mongo);
    process.env.MONGO_URL = `mongodb://${mongo.getHost()}:${mongo.getMappedPort(27017)}/`;
  }
  if (!process.env.KAFKA_BROKERS) {
    // A fixed host port: the broker advertises the address clients must use.
    const kafka = await new GenericContainer('apache/kafka:4.1.0')
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
        KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://localhost:9092',
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      })
      .withExposedPorts({ container: 9092, host: 9092 })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .start();
    started.push(kafka);
    process.env.KAFKA_BROKERS = 'localhost:9092';
  }
  if (!process.env.KURRENTDB_URL) {
    const kurrent = await new GenericContainer('docker.kurrent.io/kurrent-latest/kurrentdb:latest')
      .withEnvironment({ KURRENTDB_INSECURE: 'true', KURRENTDB_MEM_DB: 'true', KURRENTDB_RUN_PROJECTIONS: 'None' })
      .withExposedPorts(2113)
      .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
      .start();
    started.push(kurrent);
    process.env.KURRENTDB_URL = `kurrentdb://${kurrent.getHost()}:${kurrent.getMappedPort(2113)}?tls=false`;
  }
  (globalThis as { __khaiContainers?: StartedTestContainer[] }).__khaiContainers = started;
}

async function dockerEngine(): Promise<true | string> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown') : String(error);
  }
}
