import type { DomainEvent } from './envelope';

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
