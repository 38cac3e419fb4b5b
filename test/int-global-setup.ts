import { GenericContainer, getContainerRuntimeClient, type StartedTestContainer, Wait } from 'testcontainers';

/**
 * Finds the real servers the integration tests need. A server given by
 * environment (KURRENTDB_URL) is used as is; otherwise one is started with
 * testcontainers where a Docker engine answers; otherwise the reason is put in
 * KHAI_SKIP_KURRENTDB for the suites to print when they skip.
 */
const started: StartedTestContainer[] = [];

export default async function globalSetup(): Promise<void> {
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
  if (process.env.KURRENTDB_URL && process.env.MONGO_URL) return;
  const docker = await dockerEngine();
  if (docker !== true) {
    process.env.KHAI_SKIP_KURRENTDB = `KURRENTDB_URL is not set and no Docker engine answers (${docker}); KurrentDB cannot be installed on this machine otherwise`;
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
  if (process.env.KURRENTDB_URL) {
    (globalThis as { __khaiContainers?: StartedTestContainer[] }).__khaiContainers = started;
    return;
  }
  const kurrent = await new GenericContainer('docker.kurrent.io/kurrent-latest/kurrentdb:latest')
    .withEnvironment({ KURRENTDB_INSECURE: 'true', KURRENTDB_MEM_DB: 'true', KURRENTDB_RUN_PROJECTIONS: 'None' })
    .withExposedPorts(2113)
    .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
    .start();
  started.push(kurrent);
  process.env.KURRENTDB_URL = `kurrentdb://${kurrent.getHost()}:${kurrent.getMappedPort(2113)}?tls=false`;
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
