/**
 * Experiment for the Kafka benchmark (BENCH_RELAY=thread): the outbox relay on a
 * worker thread, with its own connection to the SQLite log (polled every
 * `pollMs`, as another thread's appends do not wake it), its own checkpoint
 * connection and its own Kafka producer. Posts 'ready' once started; stops on
 * 'stop' and posts 'stopped'.
 */
import 'reflect-metadata';

import { parentPort, workerData } from 'node:worker_threads';

import { SqliteCheckpointStore, SqliteEventStore } from '@khai/event-sourcing';
import { KafkaIntegrationBus, OutboxRelay } from '@khai/integration';
import { logLevel } from 'kafkajs';

interface RelayWorkerData {
  readonly eventsFile: string;
  readonly checkpointsFile: string;
  readonly brokers: string[];
  readonly prefix: string;
  readonly lingerMs: number;
  readonly pollMs: number;
}

async function main(): Promise<void> {
  const data = workerData as RelayWorkerData;
  const store = new SqliteEventStore({ filename: data.eventsFile, pollMs: data.pollMs });
  const checkpoints = new SqliteCheckpointStore(data.checkpointsFile);
  const bus = new KafkaIntegrationBus({ brokers: data.brokers, topicPrefix: data.prefix, logLevel: logLevel.NOTHING });
  const relay = new OutboxRelay(store, checkpoints, bus, {
    name: 'integration-relay',
    maxBatch: 500,
    lingerMs: data.lingerMs,
  });
  await relay.start();
  parentPort?.postMessage('ready');
  parentPort?.once('message', () => {
    void (async () => {
      await relay.stop();
      await bus.close();
      await store.close();
      await checkpoints.close();
      parentPort?.postMessage('stopped');
    })();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
