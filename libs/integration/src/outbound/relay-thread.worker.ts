/**
 * The relay thread's entry (see `RelayThread`): builds the log, checkpoint and
 * Kafka connections from its `workerData`, runs an `OutboxRelay`, and answers
 * the main thread's status and stop messages.
 */
import 'reflect-metadata';

import { parentPort, workerData } from 'node:worker_threads';

import { type EventStore, KurrentDbEventStore, SqliteCheckpointStore, SqliteEventStore } from '@khai/event-sourcing';
import { logLevel } from 'kafkajs';

import { KafkaIntegrationBus } from '../adapters/kafka.integration-bus';
import { OutboxRelay } from './outbox-relay';
import type { FromRelayThread, RelayThreadSpec, ToRelayThread } from './relay-thread';

const post = (message: FromRelayThread): void => parentPort?.postMessage(message);

async function main(): Promise<void> {
  const spec = workerData as Omit<RelayThreadSpec, 'script'>;
  const store: EventStore =
    spec.events.kind === 'sqlite'
      ? new SqliteEventStore({
          filename: spec.events.filename,
          signal: spec.events.signal,
          pollMs: spec.events.pollMs ?? (spec.events.signal ? 250 : 2),
        })
      : new KurrentDbEventStore(spec.events.url);
  const checkpoints = new SqliteCheckpointStore(spec.checkpointsFile);
  const bus = new KafkaIntegrationBus({ ...spec.kafka, logLevel: logLevel.WARN });
  const relay = new OutboxRelay(store, checkpoints, bus, spec.relay);
  await relay.start();
  parentPort?.on('message', (message: ToRelayThread) => {
    if (message.type === 'status') {
      void relay.status().then((status) => post({ type: 'status', id: message.id, status }));
      return;
    }
    void (async () => {
      await relay.stop();
      await bus.close();
      await store.close();
      await checkpoints.close();
      post({ type: 'stopped' });
    })();
  });
  post({ type: 'ready' });
}

main().catch((error: unknown) => {
  post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
});
