import { InMemoryEventStore } from '@khai/event-sourcing';

import type { Decider } from './decider';
import { IdempotencyKeyReused, InvariantViolated } from './errors';
import type { EventStore } from './event-store.port';
import { aggregate, runUseCase } from './use-case';

interface Command {
  readonly type: 'Enter';
  readonly data: { readonly id: string; readonly amount: number };
}
interface Entered {
  readonly type: 'Entered';
  readonly data: { readonly amount: number };
}
const ledger: Decider<Command, Entered, number> = {
  decide: (command) => [{ type: 'Entered', data: { amount: command.data.amount } }],
  evolve: (total, event) => total + event.data.amount,
  initialState: 0,
};

/** A use case whose check reads another aggregate and may refuse: what a sale's check of its lots is. */
function enterWithCheck(checked: string[], refuse: { now: boolean }) {
  return aggregate('ledger', ledger).useCase<{ id: string; amount: number }, 'Enter'>({
    name: 'Enter',
    streamId: (input) => input.id,
    checks: [
      async (input) => {
        checked.push(input.id);
        if (refuse.now) throw new InvariantViolated('closed', 'the ledger is closed');
      },
    ],
  });
}

/** The store without `hasEvent`, as KurrentDB is. */
function withoutHasEvent(store: InMemoryEventStore): EventStore {
  return {
    reportsRetries: store.reportsRetries,
    append: (s, e, x) => store.append(s, e, x),
    readStream: (s, o) => store.readStream(s, o),
    readAll: (o) => store.readAll(o),
    subscribeToAll: (h, o) => store.subscribeToAll(h, o),
    headPosition: () => store.headPosition(),
    close: () => store.close(),
  };
}

describe('runUseCase with an idempotency key', () => {
  const context = { actor: 'process:test', idempotencyKey: 'test:cause-1:enter' };

  it('answers a request carried out already as the first time, without running its checks again', async () => {
    const store = new InMemoryEventStore();
    const checked: string[] = [];
    const refuse = { now: false };
    const use = enterWithCheck(checked, refuse);
    const first = await runUseCase(store, use, { id: 'a', amount: 5 }, context);
    refuse.now = true; // what the check reads has changed since: a repeat is answered as the first time anyway
    const again = await runUseCase(store, use, { id: 'a', amount: 5 }, context);
    expect(checked).toEqual(['a']);
    expect(again).toMatchObject({ repeated: true, position: first.position });
    expect(again.events.map((e) => e.metadata.eventId)).toEqual(first.events.map((e) => e.metadata.eventId));
    expect(await store.headPosition()).toBe(1);
  });

  it('runs the checks of the same key sent with another request, and refuses the key', async () => {
    const store = new InMemoryEventStore();
    const checked: string[] = [];
    const use = enterWithCheck(checked, { now: false });
    await runUseCase(store, use, { id: 'a', amount: 5 }, context);
    await expect(runUseCase(store, use, { id: 'a', amount: 6 }, context)).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(checked).toEqual(['a', 'a']);
  });

  it('runs the checks again on a store that cannot say whether it holds the events', async () => {
    const store = withoutHasEvent(new InMemoryEventStore());
    const checked: string[] = [];
    const refuse = { now: false };
    const use = enterWithCheck(checked, refuse);
    await runUseCase(store, use, { id: 'a', amount: 5 }, context);
    expect(await runUseCase(store, use, { id: 'a', amount: 5 }, context)).toMatchObject({ repeated: true });
    refuse.now = true;
    await expect(runUseCase(store, use, { id: 'a', amount: 5 }, context)).rejects.toBeInstanceOf(InvariantViolated);
    expect(checked).toEqual(['a', 'a', 'a']);
  });
});
