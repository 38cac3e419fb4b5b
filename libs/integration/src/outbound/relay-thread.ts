import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { TopicPartner } from '@khai/contracts';

import type { KafkaSecurity } from '../adapters/kafka.integration-bus';
import type { RelayOptions, RelayStatus } from './outbox-relay';

/** What the relay does, wherever it runs: on the main thread (`OutboxRelay`) or on its own (`RelayThread`). */
export interface Relay {
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): Promise<RelayStatus>;
  /** Resolves once everything up to `position` is published and checkpointed. */
  waitFor(position: number, timeoutMs?: number): Promise<void>;
}

export const RELAY = Symbol('Relay');

const STATUS_TIMEOUT_MS = 2000;
const STOP_TIMEOUT_MS = 10_000;

/** Where the relay thread finds the log: data that crosses to the thread, not a live store. */
export type RelayEventStoreSpec =
  | {
      readonly kind: 'sqlite';
      readonly filename: string;
      /**
       * The main thread's store's `appendSignal`: its commits wake the thread. Without it the thread polls the log
       * every 2 ms.
       */
      readonly signal?: SharedArrayBuffer;
      /** How often the thread looks for appends it was not woken for (default 250 ms with a signal, else 2 ms). */
      readonly pollMs?: number;
    }
  | { readonly kind: 'kurrentdb'; readonly url: string };

export interface RelayThreadSpec {
  readonly events: RelayEventStoreSpec;
  /** The SQLite file of the relay's checkpoint (the platform's `checkpoints.sqlite`). */
  readonly checkpointsFile: string;
  readonly kafka: {
    readonly brokers: readonly string[];
    readonly clientId: string;
    readonly topicPrefix: string;
    readonly security?: KafkaSecurity;
    readonly partnerTopics?: readonly TopicPartner[];
  };
  readonly relay: RelayOptions;
  /** The worker script; defaults to the built `relay-thread.worker.js` beside this module. */
  readonly script?: string;
}

/** Messages between the relay thread and the main thread. */
export type ToRelayThread = { readonly type: 'status'; readonly id: number } | { readonly type: 'stop' };
export type FromRelayThread =
  | { readonly type: 'ready' }
  | { readonly type: 'status'; readonly id: number; readonly status: RelayStatus }
  | { readonly type: 'stopped' }
  | { readonly type: 'failed'; readonly error: string };

/**
 * The outbox relay on a worker thread of its own: the same `OutboxRelay`, with
 * its own connections to the log and the checkpoint file and its own Kafka
 * producer. Mapping and publishing then no longer take turns with the inbound
 * consumer on the main event loop: at 5,000 messages/s each way on two cores this
 * took the end-to-end p99 from 108–164 ms to 79–93 ms (docs/benchmarks.md).
 * Only for the Kafka bus: an in-process bus has its subscribers on the main thread.
 */
export class RelayThread implements Relay {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, (status: RelayStatus) => void>();
  private nextId = 0;
  private failed: string | null = null;
  private stopped: (() => void) | undefined;
  private last: RelayStatus | undefined;

  constructor(private readonly spec: RelayThreadSpec) {}

  async start(): Promise<void> {
    if (this.worker) return;
    const { script, ...data } = this.spec;
    const worker = new Worker(script ?? join(__dirname, 'relay-thread.worker.js'), { workerData: data });
    this.worker = worker;
    this.failed = null;
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromRelayThread) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'status') this.answer(message.id, message.status);
        else if (message.type === 'stopped') this.stopped?.();
        else {
          this.failed = message.error;
          reject(new Error(`relay thread failed: ${message.error}`));
        }
      });
      worker.on('error', (error: Error) => {
        this.failed = error.message;
        if (this.worker === worker) this.worker = undefined;
        reject(error);
      });
      worker.on('exit', (code) => {
        const ended = this.worker !== worker;
        if (!ended) this.worker = undefined;
        // Ended by `stop` (terminate exits with 1): not a failure.
        if (code !== 0 && !ended) this.failed ??= `relay thread exited with ${code}`;
        reject(new Error(this.failed ?? 'relay thread exited'));
        this.stopped?.();
      });
    });
  }

  /** Stops the relay (it publishes what it holds and saves its checkpoint), then the thread. */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      // Given time to publish what it holds and save its checkpoint; a thread that does not finish is ended.
      const timer = setTimeout(resolve, STOP_TIMEOUT_MS);
      this.stopped = () => {
        clearTimeout(timer);
        resolve();
      };
      worker.postMessage({ type: 'stop' } satisfies ToRelayThread);
    });
    this.stopped = undefined;
    this.worker = undefined;
    await worker.terminate();
  }

  async status(): Promise<RelayStatus> {
    const worker = this.worker;
    if (!worker) return { ...this.lastStatus(), failed: this.failed };
    const id = this.nextId++;
    return new Promise((resolve) => {
      // A thread too busy (or stuck) to answer is reported, not waited for.
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve({ ...this.lastStatus(), failed: `the relay thread did not answer in ${STATUS_TIMEOUT_MS} ms` });
      }, STATUS_TIMEOUT_MS);
      this.waiting.set(id, (status) => {
        clearTimeout(timer);
        this.last = status;
        resolve(status);
      });
      worker.postMessage({ type: 'status', id } satisfies ToRelayThread);
    });
  }

  async waitFor(position: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await this.status();
      if (status.checkpoint >= position) return;
      if (status.failed) throw new Error(`relay failed: ${status.failed}`);
      if (Date.now() > deadline) throw new Error(`relay did not reach ${position} in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** The last status the thread gave, or an empty one. */
  private lastStatus(): RelayStatus {
    return this.last ?? { name: this.spec.relay.name, checkpoint: 0, head: 0, lag: 0, published: 0, failed: null };
  }

  private answer(id: number, status: RelayStatus): void {
    this.waiting.get(id)?.(status);
    this.waiting.delete(id);
  }
}
