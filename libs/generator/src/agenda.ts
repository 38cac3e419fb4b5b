import type { FeedContractEvent, FeedInvoiceEvent, FeedNegotiationEvent } from '@khai/feed';
import type { FeedMarketPriceRecorded, ReferencePriceEvent } from '@khai/market';
import type { LotEvent } from '@khai/production';
import type { CitizenIdClaimed, FlockEvent, MemberEvent, PartnerEvent } from '@khai/registry';
import type { PriceNegotiationEvent, SaleEvent, SalesOrderEvent, ShipmentEvent } from '@khai/sales';
import type { MemberAccountEvent, MemberPriceListEvent } from '@khai/settlement';

/** Every event the generator writes, typed by the contexts' own exported event types. */
export type GeneratedEvent =
  | CitizenIdClaimed
  | MemberEvent
  | PartnerEvent
  | FlockEvent
  | ReferencePriceEvent
  | FeedMarketPriceRecorded
  | FeedNegotiationEvent
  | FeedContractEvent
  | FeedInvoiceEvent
  | LotEvent
  | PriceNegotiationEvent
  | SalesOrderEvent
  | ShipmentEvent
  | SaleEvent
  | MemberPriceListEvent
  | MemberAccountEvent;

/**
 * A command a process manager sends because of an event (`commandContextFor` in libs/processes): its
 * events carry the metadata the platform's command would, so that the process manager, catching up on the
 * generated log, finds its idempotency key already used for the same request and writes nothing.
 */
export interface ProcessCommand {
  /** The process manager's name, e.g. `member-ledger`. */
  readonly process: string;
  /** Its step, e.g. `ledger`, `allocate:<lot>:<size>`. */
  readonly step: string;
  /** The event it reacts to: planned (and so written) before this command. */
  readonly cause: GeneratedEvent;
  /** The use case it runs (its name and route make the request's fingerprint) and the input it gives it. */
  readonly useCase: { readonly name: string; readonly http?: { readonly path: string } };
  readonly input: unknown;
}

/** One command's events within an append: `count` events, sent by a person (the generator) or a process. */
export interface CommandPart {
  readonly count: number;
  readonly process?: ProcessCommand;
}

export interface PlannedAppend {
  /** The business day it happened. */
  readonly day: number;
  readonly streamName: string;
  readonly events: readonly GeneratedEvent[];
  /** The commands the events came from, in order (their counts add up to the events); absent: one command. */
  readonly commands?: readonly CommandPart[];
}

/** Appends planned ahead for the day they happen; taken out in the order they were planned. */
export class Agenda {
  private readonly byDay = new Map<number, PlannedAppend[]>();

  add(day: number, streamName: string, events: readonly GeneratedEvent[]): void {
    const list = this.byDay.get(day);
    if (list) list.push({ day, streamName, events });
    else this.byDay.set(day, [{ day, streamName, events }]);
  }

  take(day: number): PlannedAppend[] {
    const list = this.byDay.get(day) ?? [];
    this.byDay.delete(day);
    return list;
  }

  firstDay(): number | undefined {
    let first: number | undefined;
    for (const day of this.byDay.keys()) if (first === undefined || day < first) first = day;
    return first;
  }
}
