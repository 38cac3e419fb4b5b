import type { DomainEvent } from './envelope';
import { InvariantViolated } from './errors';

/**
 * A decider (Chassaing): `decide` turns a command and the current state into new
 * events, or throws a typed error; `evolve` folds an event into the state and
 * never throws. Both are pure: time and ids come in the command.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  readonly decide: (command: Command, state: State) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
}

export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** For exhaustive switches: a compile error when a case is missed. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

/**
 * Two facts are the same when they hold the same fields and values, whatever the
 * order their keys were written in, and an absent field equals one set to
 * `undefined` (a repeat read back from the store has lost its `undefined` keys).
 * Deciders use it to tell an identical repeat (a no-op) from a conflicting one.
 */
export function sameFacts(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
}

/** Each key once (size classes of a grading, lots of a sale): else a 422 with the rule's code and message. */
export function requireDistinct(keys: readonly unknown[], code: string, message: string): void {
  if (new Set(keys).size !== keys.length) throw new InvariantViolated(code, message);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
