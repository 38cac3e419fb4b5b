import { EVENT_STORE, type EventStore, KhaiError, type Subscription } from '@khai/event-sourcing';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import type { Projection } from './projection';

export const PROJECTIONS = Symbol('Projections');

/** A read-your-writes wait ran out: the read models are still behind the asked position. */
export class ProjectionsBehind extends KhaiError {
  readonly code = 'projections_behind';
  readonly status = 503;
  readonly title = 'The read models have not caught up yet';
}

export interface ProjectionStatus {
  readonly name: string;
  readonly position: number;
  readonly head: number;
  /** Events in the log not yet applied. */
  readonly lag: number;
  readonly live: boolean;
  readonly failed: string | null;
}

/**
 * Runs each projection on its own catch-up subscription from the position it
 * has applied, so a restart resumes where it stopped (in-memory read models
 * start at 0 and are rebuilt from the log).
 */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionRunner.name);
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly failures = new Map<string, string>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTIONS) private readonly projections: readonly Projection[],
  ) {}

  onApplicationBootstrap(): void {
    for (const projection of this.projections) {
      const subscription = this.store.subscribeToAll((event) => projection.apply(event), {
        after: projection.position,
      });
      subscription.done.catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.failures.set(projection.name, message);
        this.logger.error(`projection ${projection.name} stopped at ${projection.position}: ${message}`);
      });
      this.subscriptions.set(projection.name, subscription);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.subscriptions.values()].map((s) => s.stop()));
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.store.headPosition();
    return this.projections.map((p) => ({
      name: p.name,
      position: p.position,
      head,
      lag: Math.max(0, head - p.position),
      live: this.subscriptions.get(p.name)?.isLive() ?? false,
      failed: this.failures.get(p.name) ?? null,
    }));
  }

  /** Resolves once every projection has applied the log up to `position` (read-your-writes). */
  async waitFor(position: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.projections.some((p) => p.position < position)) {
      if (Date.now() > deadline) {
        throw new ProjectionsBehind(`projections did not reach position ${position} in ${timeoutMs} ms`, { position });
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
}
