import type { ReadModelStore } from '@khai/read-models';

import { monthOf } from '../../read-side/dates';
import {
  type ContractDoc,
  EGG_MONTHS,
  type EggMonthDoc,
  FEED_MONTHS,
  type FeedMonthDoc,
  FLOW_CONTRACTS,
  SOLD_MONTHS,
  type SoldMonthDoc,
} from './cluster-flows.projection';
import { dayOfLine } from './day-lines';

export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export interface FeedFlow {
  readonly contractId: string;
  readonly memberId: string;
  readonly day: string;
  readonly kg: number;
  readonly amountSatang: number;
}

export interface EggFlow {
  readonly memberId: string;
  readonly day: string;
  readonly collectedEggs: number;
  readonly gradedEggs: number;
  readonly rejectedEggs: number;
}

export interface SoldFlow {
  readonly buyerId: string;
  readonly day: string;
  readonly underContract: boolean;
  readonly eggs: number;
  readonly amountSatang: number;
}

const monthsOf = ({ from, to }: DayRange) => ({ where: { month: { gte: monthOf(from), lte: monthOf(to) } } });
const within = ({ from, to }: DayRange, day: string): boolean => day >= from && day <= to;

/** Feed delivered in the range, a line per contract, member and day. */
export async function feedFlows(store: ReadModelStore, range: DayRange): Promise<FeedFlow[]> {
  const docs = await store.find<FeedMonthDoc>(FEED_MONTHS, monthsOf(range));
  return docs.flatMap((d) =>
    d.lines
      .map(([day, kg, amountSatang]) => ({
        contractId: d.contractId,
        memberId: d.memberId,
        day: dayOfLine(d.month, day),
        kg,
        amountSatang,
      }))
      .filter((f) => within(range, f.day)),
  );
}

/** Eggs collected from members in the range (by day of collection), as graded. */
export async function eggFlows(store: ReadModelStore, range: DayRange): Promise<EggFlow[]> {
  const docs = await store.find<EggMonthDoc>(EGG_MONTHS, monthsOf(range));
  return docs.flatMap((d) =>
    d.lines
      .map(([day, collectedEggs, gradedEggs, rejectedEggs]) => ({
        memberId: d.memberId,
        day: dayOfLine(d.month, day),
        collectedEggs,
        gradedEggs,
        rejectedEggs,
      }))
      .filter((f) => within(range, f.day)),
  );
}

/** Eggs sold in the range, a line per buyer, day and basis. */
export async function soldFlows(store: ReadModelStore, range: DayRange): Promise<SoldFlow[]> {
  const docs = await store.find<SoldMonthDoc>(SOLD_MONTHS, monthsOf(range));
  return docs.flatMap((d) =>
    d.lines
      .map(([day, contract, eggs, amountSatang]) => ({
        buyerId: d.buyerId,
        day: dayOfLine(d.month, day),
        underContract: contract === 1,
        eggs,
        amountSatang,
      }))
      .filter((f) => within(range, f.day)),
  );
}

/** The feed contracts named by `flows`, by id. */
export async function contractsOf(
  store: ReadModelStore,
  flows: readonly FeedFlow[],
): Promise<ReadonlyMap<string, ContractDoc>> {
  const found = await store.getMany<ContractDoc>(FLOW_CONTRACTS, [...new Set(flows.map((f) => f.contractId))]);
  return new Map([...found.entries()].map(([id, { _id, _position, ...doc }]) => [id, doc]));
}

/**
 * The supplier of a contract; a contract not (yet) in the read model is named
 * by its id, so its feed is still counted rather than dropped.
 */
export const supplierOf = (contracts: ReadonlyMap<string, ContractDoc>, contractId: string): string =>
  contracts.get(contractId)?.supplierId ?? `unknown-supplier-of-${contractId}`;
