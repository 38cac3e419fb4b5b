import type { Grant } from './access';
import type { Decider } from './decider';
import type { DomainEvent } from './envelope';
import { streamName } from './envelope';
import type { EventStore } from './event-store.port';
import {
  carriedOutBefore,
  type CommandContext,
  type CommandResult,
  handleCommand,
  processFingerprintKey,
  readState,
  REQUEST_FINGERPRINT_KEY,
  requestFingerprints,
} from './handle-command';

/** An aggregate: its decider and the stream category it owns (`lot` → streams `lot-<id>`). */
export interface Aggregate<Command = unknown, Event extends DomainEvent = DomainEvent, State = unknown> {
  readonly category: string;
  readonly decider: Decider<Command, Event, State>;
  /** The stream of the aggregate with this id. */
  readonly stream: (id: string) => string;
  /**
   * Declares a use case of this aggregate. A method of the aggregate, so that the
   * command's type is the aggregate's, not inferred: a literal `type` is checked.
   */
  useCase<Input, Name extends string>(
    declaration: Declaration<Input, Name, Command, Event, State>,
  ): UseCase<Input, Command, Event, State>;
}

/**
 * A use case as declared: `command` may be left out when the command is named as
 * the use case and its data is the input itself (`{ type: name, data: input }`).
 */
export type Declaration<Input, Name extends string, Command, Event extends DomainEvent, State> = Omit<
  UseCase<Input, Command, Event, State>,
  'aggregate' | 'name' | 'command'
> & { readonly name: Name } & ({ readonly type: Name; readonly data: Input } extends Command
    ? { readonly command?: UseCase<Input, Command, Event, State>['command'] }
    : { readonly command: UseCase<Input, Command, Event, State>['command'] });

export function aggregate<Command, Event extends DomainEvent, State>(
  category: string,
  decider: Decider<Command, Event, State>,
): Aggregate<Command, Event, State> {
  streamName(category, 'x'); // refuses a category that would not parse back out of a stream name
  const self: Aggregate<Command, Event, State> = {
    category,
    decider,
    stream: (id) => streamName(category, id),
    useCase: <Input, Name extends string>(declaration: Declaration<Input, Name, Command, Event, State>) => ({
      ...declaration,
      // Without `command`, the declaration's type says `{ type: name, data: input }` is a Command.
      command: declaration.command ?? ((data: Input) => ({ type: declaration.name, data }) as Command),
      aggregate: self,
    }),
  };
  return self;
}

/** Any aggregate whose state is a `State`, to be read. */
export interface AggregateOf<State> {
  readonly stream: (id: string) => string;
  readonly decider: Pick<Decider<unknown, never, State>, 'evolve' | 'initialState'>;
}

/** What a use case may look at besides its own stream: other aggregates, ports and settings, and the day. */
export interface UseCaseEnvironment {
  /** The current state of another aggregate (its initial state when the stream is empty). */
  state<State>(of: AggregateOf<State>, id: string): Promise<State>;
  /** A setting of the composition root (e.g. the graded size classes), or `fallback` when none is bound. */
  setting<T>(token: symbol | string, fallback: T): T;
  /** A port bound in the composition root (e.g. the cluster directory); an error when none is. */
  port<T>(token: symbol | string): T;
  /** Today's business day in Asia/Bangkok, `YYYY-MM-DD`, by the bound CLOCK or the system's. */
  today(): string;
}

/** The clock use cases read "today" from (a port: tests bind a fixed one). */
export type Clock = () => Date;
export const CLOCK = Symbol('Clock');

const BANGKOK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' });

/** The business day (Asia/Bangkok) of an instant, `YYYY-MM-DD`. */
export function bangkokDay(instant: Date): string {
  return BANGKOK_DAY.format(instant);
}

/**
 * One use case: which aggregate it acts on, how its stream id is found in the
 * input, the command it asks the decider for, and the references that must
 * hold first. The same declaration serves HTTP, Kafka and the process managers
 * (`runUseCase`); `http` (optional) says how it is routed.
 */
export interface UseCase<Input = never, Command = unknown, Event extends DomainEvent = DomainEvent, State = unknown> {
  /** The command's name, also the OpenAPI operation id. */
  readonly name: string;
  readonly aggregate: Aggregate<Command, Event, State>;
  /** The id of the aggregate's stream; from the input, or a port (a keyed hash of a personal value). */
  readonly streamId: (input: Input, env: UseCaseEnvironment) => string;
  readonly command: (input: Input, env: UseCaseEnvironment) => Command | Promise<Command>;
  /** Checks of other aggregates, run in order before deciding; each throws a typed error to refuse. */
  readonly checks?: readonly Check<Input>[];
  readonly http?: HttpRoute<Input>;
}

/** A check of a use case's input, run before deciding; it throws a typed error to refuse. */
export type Check<Input> = (input: Input, env: UseCaseEnvironment) => Promise<void>;

/** Any use case, for the lists that carry them (a module's, the controllers'). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list holds use cases of every input and aggregate
export type AnyUseCase = UseCase<any, any, any, any>;

/** How a use case is reached over HTTP: `POST path` with the body (and path parameters) as its input. */
export interface HttpRoute<Input> {
  /** Path with `:name` parameters, e.g. `/lots/:lotId/grading`. */
  readonly path: string;
  /** OpenAPI tag: the context's name. */
  readonly tag: string;
  /**
   * Who may call it (docs/access.md); required, so a route without it does not compile. `{ member: 'memberId' }`
   * and `{ partner: 'buyerId' }` name the input's field that must be the account's own member or partner.
   */
  readonly roles: readonly Grant<keyof Input & string>[];
  /** Class-validator class of the JSON body (also its OpenAPI schema). */
  readonly body: abstract new () => Partial<Input>;
  /** Class-validator class of the path parameters; by default each is an id (`pathIds`). */
  readonly params?: abstract new () => Partial<Input>;
  readonly summary?: string;
  readonly description?: string;
  /**
   * For a command whose outcome a process decides after the answer (a shipment's allocation
   * of packed stock): the route answers 202 with `Location` and `pending` saying what follows
   * and where to look, instead of 201.
   */
  readonly pending?: { readonly what: string; readonly location: (input: Input) => string };
  /** The operation's id in the OpenAPI document, when it is not the use case's name. */
  readonly operationId?: string;
  /**
   * A second write that completes the request on another aggregate (a member's registration after the claim of
   * the citizen id; a feed contract after the award that concluded its negotiation): its use case, and its input
   * from the request and the log as the first write left it, so that a repeat of a half-done request completes it.
   * Two appends, not atomic; the second is caused by the first's event, and its answer is the request's.
   */
  readonly then?: {
    readonly useCase: AnyUseCase;
    readonly input: (input: Input, env: UseCaseEnvironment) => unknown;
  };
}

/** The one way a command is carried out: checks, then `handleCommand` on the aggregate's stream. */
export async function runUseCase<Input, Command, Event extends DomainEvent, State>(
  store: EventStore,
  use: UseCase<Input, Command, Event, State>,
  input: Input,
  context: CommandContext,
  bound: (token: symbol | string) => unknown = () => undefined,
): Promise<CommandResult<Event>> {
  const env = useCaseEnvironment(store, bound);
  // A key is for one request: the same use case with the same input (HTTP body and path, a Kafka message's, a
  // process manager's), whichever edge sent it.
  const keyed =
    context.idempotencyKey === undefined || context.requestFingerprint !== undefined
      ? context
      : {
          ...context,
          ...requestFingerprints(
            (bound(REQUEST_FINGERPRINT_KEY) as Uint8Array | undefined) ?? processFingerprintKey(),
            [use.name, use.http?.path ?? null],
            input,
          ),
        };
  // A request the store shows carried out already is answered as the first time (handleCommand reads the events its
  // key appended) without its checks: they read other aggregates — a sale's check reads the lots it names, 15 % of the
  // main thread of process managers catching up on five generated years whose commands are all written — and the
  // answer to a repeat is the first one's, whatever changed since.
  const repeatedOn = use.checks?.length ? await repeatedStream(store, use, input, env, keyed) : undefined;
  if (repeatedOn === undefined) for (const check of use.checks ?? []) await check(input, env);
  const command = await use.command(input, env);
  const stream = repeatedOn ?? use.aggregate.stream(use.streamId(input, env));
  return handleCommand(store, stream, use.aggregate.decider, command, keyed, repeatedOn ? { readFirst: true } : {});
}

/** The stream of a keyed request the store shows carried out already (`carriedOutBefore`), else undefined. */
async function repeatedStream<Input, Command, Event extends DomainEvent, State>(
  store: EventStore,
  use: UseCase<Input, Command, Event, State>,
  input: Input,
  env: UseCaseEnvironment,
  context: CommandContext,
): Promise<string | undefined> {
  if (context.idempotencyKey === undefined || !store.hasEvent) return undefined;
  let stream: string;
  try {
    stream = use.aggregate.stream(use.streamId(input, env));
  } catch {
    return undefined; // refused as before, by the checks or the stream's id itself
  }
  return (await carriedOutBefore(store, stream, context)) ? stream : undefined;
}

/** A request routed to `use`: the use case, then the one its route says completes it (`HttpRoute.then`). */
export async function runRequest<Input>(
  store: EventStore,
  use: UseCase<Input, unknown, DomainEvent, unknown>,
  input: Input,
  context: CommandContext,
  bound: (token: symbol | string) => unknown = () => undefined,
): Promise<CommandResult> {
  const first = await runUseCase(store, use, input, context, bound);
  const then = use.http?.then;
  if (!then) return first;
  const next: unknown = await then.input(input, useCaseEnvironment(store, bound));
  const causationId = first.events[0]?.metadata.eventId ?? context.causationId;
  return runUseCase(
    store,
    then.useCase as UseCase<unknown, unknown, DomainEvent, unknown>,
    next,
    { ...context, ...(causationId === undefined ? {} : { causationId }) },
    bound,
  );
}

function useCaseEnvironment(store: EventStore, bound: (token: symbol | string) => unknown): UseCaseEnvironment {
  return {
    state: async <S>(of: AggregateOf<S>, id: string) => (await readState(store, of.stream(id), of.decider)).state,
    setting: <T>(token: symbol | string, fallback: T) => (bound(token) as T | undefined) ?? fallback,
    port: <T>(token: symbol | string) => {
      const port = bound(token) as T | undefined;
      if (port === undefined) throw new Error(`${String(token)} is not bound: the composition root must provide it`);
      return port;
    },
    today: () => bangkokDay(((bound(CLOCK) as Clock | undefined) ?? (() => new Date()))()),
  };
}
