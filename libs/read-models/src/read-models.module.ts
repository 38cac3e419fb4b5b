import type { Server } from 'node:net';

import { EVENT_STORE, type EventStore, StartupGate } from '@khai/event-sourcing';
import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

import { InMemoryReadModelStore } from './adapters/in-memory.read-model-store';
import type { DocumentProjection } from './document-projection';
import { ReadModelsController } from './http/read-models.controller';
import { READ_MODEL_STORE, type ReadModelStore } from './read-model-store.port';
import { ReadModelRunner, type ReadModelRunnerOptions } from './runner/read-model-runner';
import { ReadModelSnapshot } from './snapshot/read-model-snapshot';

export const DOCUMENT_PROJECTIONS = Symbol('DocumentProjections');
const SNAPSHOT_OPTIONS = Symbol('ReadModelSnapshotOptions');

export interface ReadModelSnapshotOptions {
  /** The snapshot file (in the data dir). */
  readonly file: string;
  /** How often a snapshot is written while the read models move on (and always at shutdown); 0: only at shutdown. */
  readonly everyMs: number;
}

export interface ReadModelsModuleOptions {
  /** The adapter, created by the app (it closes it, as it does the event store). */
  readonly store: ReadModelStore;
  readonly projections: readonly DocumentProjection[];
  readonly runner?: ReadModelRunnerOptions;
  /** In-memory read models only: restored from a snapshot at start, and written periodically and at shutdown. */
  readonly snapshot?: ReadModelSnapshotOptions;
}

/**
 * Starts the runner once the app is up and stops it on shutdown. Both the restore of a snapshot and the catch-up
 * run in the background: the platform listens meanwhile, and the read models say they are not live yet.
 */
@Injectable()
class ReadModelLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReadModels');
  private readonly snapshot: ReadModelSnapshot | undefined;
  private starting: Promise<void> = Promise.resolve();
  /**
   * Settles once the read models are restored (or refused) and live, or failed: the catch-ups that would share the
   * thread (the process managers, the outbox relay) start after it (StartupGate), and the platform is ready sooner.
   */
  private resolveLive: () => void = () => undefined;
  private readonly live = new Promise<void>((resolve) => (this.resolveLive = resolve));
  private timer: NodeJS.Timeout | undefined;
  private savedAt = '';
  private saving: Promise<void> = Promise.resolve();

  constructor(
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(SNAPSHOT_OPTIONS) private readonly options: ReadModelSnapshotOptions | undefined,
    @Inject(HttpAdapterHost) private readonly http: HttpAdapterHost,
    @Optional() @Inject(StartupGate) gate?: StartupGate,
  ) {
    this.snapshot =
      options && runner.store instanceof InMemoryReadModelStore
        ? new ReadModelSnapshot(options.file, events, runner.projections)
        : undefined;
    // Held from construction, before any start-up hook asks.
    if (this.snapshot) gate?.hold(this.live);
  }

  onApplicationBootstrap(): void {
    this.starting = this.start().catch((error: unknown) =>
      this.logger.error(`read models did not start: ${String(error)}`),
    );
    // Not part of `starting`, which shutdown awaits: a stop ends the wait (a stopped runner is not waited for).
    if (this.snapshot) {
      void this.starting
        .then(() => this.runner.caughtUp())
        .catch(() => undefined)
        .finally(() => this.resolveLive());
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.starting;
    await this.runner.stop();
    await this.saving;
    await this.save();
  }

  private async start(): Promise<void> {
    const { snapshot } = this;
    if (snapshot && this.runner.store instanceof InMemoryReadModelStore) {
      // Reading a snapshot holds the event loop for a while: the server listens first (or after a second, when the
      // app is only initialised, as in tests).
      await this.listening(1000);
      const started = Date.now();
      const { restored, refused } = await snapshot.restore(this.runner.store);
      this.savedAt = await this.positions();
      const rebuilt = refused.map((r) => `${r.name} (${r.reason})`).join(', ');
      this.logger.log(
        `restored ${restored.length} read models from ${snapshot.file} in ${Date.now() - started} ms` +
          (rebuilt ? `; rebuilding from the log: ${rebuilt}` : ''),
      );
      if (this.options?.everyMs) {
        this.timer = setInterval(() => {
          this.saving = this.saving.then(() => this.save());
        }, this.options.everyMs);
        this.timer.unref();
      }
    }
    await this.runner.start();
  }

  private listening(timeoutMs: number): Promise<void> {
    const server = this.http.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server || server.listening) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      server.once('listening', () => {
        clearTimeout(timer);
        setImmediate(resolve);
      });
    });
  }

  /** Writes a snapshot if the read models moved since the last one. */
  private async save(): Promise<void> {
    if (!this.snapshot || !(this.runner.store instanceof InMemoryReadModelStore)) return;
    const positions = await this.positions();
    if (positions === this.savedAt) return;
    try {
      const started = Date.now();
      await this.snapshot.save(this.runner.store);
      this.savedAt = positions;
      this.logger.log(`read models snapshotted to ${this.snapshot.file} in ${Date.now() - started} ms`);
    } catch (error) {
      this.logger.warn(`could not write the read models' snapshot: ${String(error)}`);
    }
  }

  private async positions(): Promise<string> {
    return (await this.runner.status()).map((s) => s.position).join(',');
  }
}

/**
 * The read side's infrastructure: the store (READ_MODEL_STORE), the runner
 * keeping the document projections current, `GET /read-models` and `GET /metrics`.
 * Global, so query handlers of any module can inject the store and the runner.
 */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelsModuleOptions): DynamicModule {
    return {
      module: ReadModelsModule,
      global: true,
      controllers: [ReadModelsController],
      providers: [
        { provide: READ_MODEL_STORE, useValue: options.store },
        { provide: DOCUMENT_PROJECTIONS, useValue: options.projections },
        { provide: SNAPSHOT_OPTIONS, useValue: options.snapshot },
        {
          provide: ReadModelRunner,
          useFactory: (events: EventStore, store: ReadModelStore, projections: readonly DocumentProjection[]) =>
            new ReadModelRunner(events, store, projections, options.runner),
          inject: [EVENT_STORE, READ_MODEL_STORE, DOCUMENT_PROJECTIONS],
        },
        ReadModelLifecycle,
      ],
      exports: [READ_MODEL_STORE, ReadModelRunner, DOCUMENT_PROJECTIONS],
    };
  }
}
