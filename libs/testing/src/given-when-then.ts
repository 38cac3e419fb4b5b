import { deepStrictEqual, fail } from 'node:assert/strict';

import { type Decider, type DomainEvent, KhaiError } from '@khai/event-sourcing';

/**
 * Decider tests that read as the business does:
 * `given(decider, pastEvents).when(command).then(newEvents)` or `.thenThrows(code)`.
 */
export function given<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  history: readonly Event[] = [],
) {
  return {
    when(command: Command) {
      const run = (): readonly Event[] => {
        let state = decider.initialState;
        for (const event of history) state = decider.evolve(state, event);
        return decider.decide(command, state);
      };
      return {
        then(expected: readonly Event[]): void {
          deepStrictEqual(run(), expected);
        },
        /** No-op: the command is accepted and changes nothing. */
        thenNothing(): void {
          deepStrictEqual(run(), []);
        },
        /** Rejected with a typed error of this class and, if given, this stable code. */
        thenThrows(errorClass: abstract new (...args: never[]) => KhaiError, code?: string): KhaiError {
          try {
            const events = run();
            return fail(`expected ${errorClass.name}${code ? ` (${code})` : ''}, got events ${JSON.stringify(events)}`);
          } catch (error) {
            if (!(error instanceof errorClass)) throw error;
            if (code !== undefined) deepStrictEqual(error.code, code);
            return error;
          }
        },
      };
    },
  };
}
