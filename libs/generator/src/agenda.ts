import type { FeedContractEvent, FeedInvoiceEvent, FeedNegotiationEvent } from '@khai/feed';
import type { FeedMarketPriceRecorded, ReferencePriceEvent } from '@khai/market';
import type { LotEvent } from '@khai/production';
import type { CitizenIdClaimed, FlockEvent, MemberEvent, PartnerEvent } from '@khai/registry';
import type { PriceNegotiationEvent, SaleEvent, SalesOrderEvent } from '@khai/sales';

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
  | SaleEvent;

export interface PlannedAppend {
  /** The business day it happened. */
  readonly day: number;
  readonly streamName: string;
  readonly events: readonly GeneratedEvent[];
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
