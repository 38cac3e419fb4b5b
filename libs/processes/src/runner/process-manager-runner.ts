import {
  CHECKPOINT_STORE,
  type CheckpointStore,
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '@khai/event-sourcing';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import type { ProcessManager } from './process-manager';

export const PROCESS_MANAGERS = Symbol('ProcessManagers');

export interface ProcessStatus {
  readonly name: string;
  readonly checkpoint: number;
  readonly head: number;
  readonly lag: number;
  readonly failed: string | null;
}

/** Events handled or passed over between two saves of a checkpoint while catching up. */
const SAVE_EVERY = 500;
/** A checkpoint not saved by a full batch is saved this long after the last event. */
const SAVE_AFTER_MS = 20;

/**
 * Runs every process manager on one catch-up subscription of the log, from the
 * earliest of their persisted checkpoints: each event is read once and handed to
 * each process manager that handles it and has not passed it (each keeps its own
 * checkpoint). Four subscriptions read a backlog four times; one pass reads it once.
 * Commands are answered once committed, before their sync
 * (`EventStore.answeringBeforeSync`), and each checkpoint is saved after a batch
 * (`SAVE_EVERY` events, or `SAVE_AFTER_MS` after the last) once the store has
 * synced them: one sync per batch, not per command. A restart repeats at most the
 * events since the last save, which the commands' idempotency keys make harmless.
 * A handler that throws stops its process manager (the others go on); the error
 * shows in `status` and the event is tried again on the next start.
 */
@Injectable()
export class ProcessManagerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProcessManagerRunner.name);
  private readonly running = new Map<string, Run>();
  private readonly failures = new Map<string, string>();
  private subscription: Subscription | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(PROCESS_MANAGERS) private readonly managers: readonly ProcessManager[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
    await Promise.all(
      [...this.running.values()].map(async (run) => {
        clearTimeout(run.timer);
        await run.saving;
        await this.save(run);
      }),
    );
  }

  async status(): Promise<ProcessStatus[]> {
    const head = await this.store.headPosition();
    return this.managers.map((m) => {
      const checkpoint = this.running.get(m.name)?.checkpoint ?? 0;
      return {
        name: m.name,
        checkpoint,
        head,
        lag: Math.max(0, head - checkpoint),
        failed: this.failures.get(m.name) ?? null,
      };
    });
  }

  /** Resolves once every process manager has handled the log up to `position`. */
  async waitFor(position: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ([...this.running.values()].some((r) => r.checkpoint < position)) {
      if (Date.now() > deadline) throw new Error(`process managers did not reach ${position} in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  /**
   * Waits at most `timeoutMs` for one process manager to handle the log up to `position`; answers where it got,
   * and why it stopped if it did (then at once: a stopped process does not move on).
   */
  async reach(name: string, position: number, timeoutMs: number): Promise<{ position: number; failed: string | null }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoint = this.running.get(name)?.checkpoint ?? 0;
      const failed = this.failures.get(name) ?? null;
      if (checkpoint >= position || failed !== null || Date.now() >= deadline) return { position: checkpoint, failed };
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  private async start(): Promise<void> {
    for (const manager of this.managers) {
      const checkpoint = (await this.checkpoints.load(manager.name)) ?? 0;
      this.running.set(manager.name, {
        manager,
        checkpoint,
        saved: checkpoint,
        timer: undefined,
        saving: Promise.resolve(),
      });
    }
    const runs = [...this.running.values()];
    if (runs.length === 0) return;
    const handle = (manager: ProcessManager, event: RecordedEvent): Promise<void> =>
      this.store.answeringBeforeSync
        ? this.store.answeringBeforeSync(() => manager.handle(event))
        : manager.handle(event);
    const onEvent = async (event: RecordedEvent): Promise<void> => {
      for (const run of runs) {
        const name = run.manager.name;
        if (run.checkpoint >= event.position || this.failures.has(name)) continue;
        if (run.manager.handles.has(event.type)) {
          try {
            await handle(run.manager, event);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.failures.set(name, message);
            this.logger.error(`process ${name} stopped after ${run.checkpoint}: ${message}`);
            continue;
          }
        }
        run.checkpoint = event.position;
        if (run.checkpoint - run.saved >= SAVE_EVERY) {
          await run.saving;
          await this.save(run);
        } else {
          clearTimeout(run.timer);
          run.timer = setTimeout(() => {
            run.saving = run.saving
              .then(() => this.save(run))
              .catch((error: unknown) => {
                this.logger.error(`process ${name} could not save its checkpoint: ${String(error)}`);
              });
          }, SAVE_AFTER_MS);
        }
      }
    };
    const after = Math.min(...runs.map((r) => r.checkpoint));
    this.subscription = this.store.subscribeToAll(onEvent, { after });
    this.subscription.done.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      for (const run of runs) if (!this.failures.has(run.manager.name)) this.failures.set(run.manager.name, message);
      this.logger.error(`process managers stopped: ${message}`);
    });
  }

  /** Saves the checkpoint once the commands of the events up to it are durable. */
  private async save(run: Run): Promise<void> {
    const position = run.checkpoint;
    if (position <= run.saved) return;
    await this.store.synced?.();
    await this.checkpoints.save(run.manager.name, position);
    run.saved = Math.max(run.saved, position);
  }
}

interface Run {
  readonly manager: ProcessManager;
  /** The last event handled (its commands committed, not necessarily synced). */
  checkpoint: number;
  /** The last position saved. */
  saved: number;
  timer: NodeJS.Timeout | undefined;
  saving: Promise<void>;
}
