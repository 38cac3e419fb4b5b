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

/** How many skipped events may pass before the checkpoint is saved anyway. */
const SAVE_EVERY = 500;

/**
 * Runs each process manager on a catch-up subscription from its persisted
 * checkpoint. The checkpoint is saved after each handled event (and now and then
 * while skipping others), so a restart repeats at most the event in hand.
 * A handler that throws stops its process manager; the error shows in `status`
 * and the event is tried again on the next start.
 */
@Injectable()
export class ProcessManagerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProcessManagerRunner.name);
  private readonly running = new Map<string, { subscription: Subscription; checkpoint: number }>();
  private readonly failures = new Map<string, string>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(PROCESS_MANAGERS) private readonly managers: readonly ProcessManager[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const manager of this.managers) await this.start(manager);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [...this.running.entries()].map(async ([name, run]) => {
        await run.subscription.stop();
        await this.checkpoints.save(name, run.checkpoint);
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

  private async start(manager: ProcessManager): Promise<void> {
    const run = {
      subscription: undefined as unknown as Subscription,
      checkpoint: (await this.checkpoints.load(manager.name)) ?? 0,
    };
    let skipped = 0;
    const onEvent = async (event: RecordedEvent): Promise<void> => {
      if (manager.handles.has(event.type)) {
        await manager.handle(event);
        skipped = SAVE_EVERY;
      } else {
        skipped += 1;
      }
      run.checkpoint = event.position;
      if (skipped >= SAVE_EVERY) {
        await this.checkpoints.save(manager.name, event.position);
        skipped = 0;
      }
    };
    run.subscription = this.store.subscribeToAll(onEvent, { after: run.checkpoint });
    run.subscription.done.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      this.failures.set(manager.name, message);
      this.logger.error(`process ${manager.name} stopped after ${run.checkpoint}: ${message}`);
    });
    this.running.set(manager.name, run);
  }
}
