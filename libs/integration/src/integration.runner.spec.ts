import { StartupGate } from '@khai/event-sourcing';

import { InProcessIntegrationBus } from './adapters/in-process.integration-bus';
import type { InboundPipeline } from './inbound/inbound-pipeline';
import { InMemoryInboxStore } from './inbox/in-memory.inbox-store';
import { IntegrationRunner } from './integration.runner';
import type { RelayStatus } from './outbound/outbox-relay';
import type { Relay } from './outbound/relay-thread';
import { InMemoryWaitingStore } from './waiting/in-memory.waiting-store';

/** A relay on the main thread that only counts its starts. */
class CountingRelay implements Relay {
  starts = 0;
  async start(): Promise<void> {
    this.starts += 1;
  }
  async stop(): Promise<void> {}
  async status(): Promise<RelayStatus> {
    throw new Error('not asked');
  }
  async waitFor(): Promise<void> {}
}

/** The inbound side as the runner drives it: nothing waiting, nothing handled. */
const pipeline = {
  waiting: { load: async () => undefined, stop: async () => undefined },
  handle: async () => undefined,
} as Pick<InboundPipeline, 'handle'> & { waiting: Pick<InboundPipeline['waiting'], 'load' | 'stop'> };

function runner(relay: Relay, gate: StartupGate): IntegrationRunner {
  return new IntegrationRunner(
    { enabled: true, groupId: 'coop', partitions: 1 },
    new InProcessIntegrationBus(),
    new InMemoryInboxStore(),
    pipeline as InboundPipeline,
    relay,
    new InMemoryWaitingStore(),
    gate,
  );
}

describe('the integration runner at start', () => {
  it('starts a relay on the main thread once the start-up gate opens (the read models restored and live)', async () => {
    let live = (): void => undefined;
    const gate = new StartupGate();
    gate.hold(new Promise<void>((resolve) => (live = resolve)));
    const relay = new CountingRelay();
    const started = runner(relay, gate);
    await started.onApplicationBootstrap(); // the inbound side is up meanwhile
    expect(relay.starts).toBe(0);
    live();
    await gate.passed();
    await new Promise((resolve) => setImmediate(resolve));
    expect(relay.starts).toBe(1);
    await started.onApplicationShutdown();
  });

  it('does not start it at all when shut down first, and at once when nothing holds the gate', async () => {
    let live = (): void => undefined;
    const gate = new StartupGate();
    gate.hold(new Promise<void>((resolve) => (live = resolve)));
    const never = new CountingRelay();
    const stopped = runner(never, gate);
    await stopped.onApplicationBootstrap();
    const shutdown = stopped.onApplicationShutdown();
    live();
    await shutdown;
    expect(never.starts).toBe(0);

    const atOnce = new CountingRelay();
    const open = runner(atOnce, new StartupGate());
    await open.onApplicationBootstrap();
    expect(atOnce.starts).toBe(1);
    await open.onApplicationShutdown();
  });
});
