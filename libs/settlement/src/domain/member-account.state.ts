import { Map as PersistentMap } from 'immutable';

import { currentSettled, type MemberAccountEvent, type MemberSettled, type SizeEggs } from './member-account.events';
import type { MemberEggPrice } from './member-price-list.events';

/** One grading of a lot, and what became of it. */
export interface Grading {
  readonly lotId: string;
  readonly grading: number;
  readonly gradedOn: string;
  /** The day the lot was collected (the grading day for deliveries recorded before it was kept). */
  readonly collectedOn: string;
  readonly sizes: readonly SizeEggs[];
  /** The settlement that paid it, by which list, at what price per size: a later void takes back at these. */
  readonly paid: {
    readonly settlementId: string;
    readonly priceListId: string;
    readonly prices: readonly MemberEggPrice[];
  } | null;
  readonly voided: {
    readonly reason: string;
    readonly voidedOn: string;
    /** The settlement that took a paid grading back. */
    readonly takenBackIn: string | null;
  } | null;
}

export interface FeedCharge {
  readonly deliveryId: string;
  readonly deliveredOn: string;
  readonly kg: number;
  readonly amountSatang: number;
  /** kg and amount with every adjustment applied; never below 0. */
  readonly adjustedKg: number;
  readonly adjustedAmountSatang: number;
  readonly settledIn: string | null;
}

export interface FeedAdjustment {
  readonly adjustmentId: string;
  readonly deliveryId: string;
  readonly deltaKg: number;
  readonly amountDeltaSatang: number;
  readonly reason: string;
  readonly adjustedOn: string;
  readonly settledIn: string | null;
}

export type Settlement = MemberSettled['data'];

export type MemberAccountState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open';
      readonly memberId: string;
      /**
       * Every grading of each lot, in order; only the last may be unvoided. Persistent maps: an account holds
       * years of lots, and a copied Map made every grading cost as much as all the lots before it.
       */
      readonly lots: PersistentMap<string, readonly Grading[]>;
      readonly feedCharges: PersistentMap<string, FeedCharge>;
      readonly adjustments: PersistentMap<string, FeedAdjustment>;
      readonly settlements: readonly Settlement[];
    };

export type OpenMemberAccount = Extract<MemberAccountState, { status: 'open' }>;

export const initialMemberAccountState: MemberAccountState = { status: 'none' };

function opened(state: MemberAccountState, memberId: string): OpenMemberAccount {
  return state.status === 'open' ? state : emptyMemberAccount(memberId);
}

/** A member's account with nothing in it yet. */
export function emptyMemberAccount(memberId: string): OpenMemberAccount {
  return {
    status: 'open',
    memberId,
    lots: PersistentMap(),
    feedCharges: PersistentMap(),
    adjustments: PersistentMap(),
    settlements: [],
  };
}

function withGrading(
  lots: PersistentMap<string, readonly Grading[]>,
  lotId: string,
  grading: number,
  change: (g: Grading) => Grading,
): PersistentMap<string, readonly Grading[]> {
  const gradings = lots.get(lotId);
  if (!gradings) return lots;
  return lots.set(
    lotId,
    gradings.map((g) => (g.grading === grading ? change(g) : g)),
  );
}

function settled(state: OpenMemberAccount, s: Settlement): OpenMemberAccount {
  let lots = state.lots;
  for (const ref of s.gradings) {
    const list = s.priceLists.find((l) => l.priceListId === ref.priceListId);
    lots = withGrading(lots, ref.lotId, ref.grading, (g) => ({
      ...g,
      paid: {
        settlementId: s.settlementId,
        priceListId: ref.priceListId,
        // The decider refused unpriced sizes, so every size is found; evolve still never throws.
        prices: g.sizes.map((line) => ({
          size: line.size,
          satangPerEgg: list?.prices.find((p) => p.size === line.size)?.satangPerEgg ?? 0,
        })),
      },
    }));
  }
  for (const ref of s.voids) {
    lots = withGrading(lots, ref.lotId, ref.grading, (g) =>
      g.voided ? { ...g, voided: { ...g.voided, takenBackIn: s.settlementId } } : g,
    );
  }
  let feedCharges = state.feedCharges;
  for (const id of s.deliveryIds) {
    const charge = feedCharges.get(id);
    if (charge) feedCharges = feedCharges.set(id, { ...charge, settledIn: s.settlementId });
  }
  let adjustments = state.adjustments;
  for (const id of s.adjustmentIds) {
    const adjustment = adjustments.get(id);
    if (adjustment) adjustments = adjustments.set(id, { ...adjustment, settledIn: s.settlementId });
  }
  return { ...state, lots, feedCharges, adjustments, settlements: [...state.settlements, s] };
}

export function evolveMemberAccount(state: MemberAccountState, event: MemberAccountEvent): MemberAccountState {
  const account = opened(state, event.data.memberId);
  switch (event.type) {
    case 'EggDeliveryRecorded': {
      const { lotId, grading, gradedOn, collectedOn, sizes } = event.data;
      const gradings = account.lots.get(lotId) ?? [];
      const next: Grading = {
        lotId,
        grading,
        gradedOn,
        collectedOn: collectedOn ?? gradedOn,
        sizes,
        paid: null,
        voided: null,
      };
      return { ...account, lots: account.lots.set(lotId, [...gradings, next]) };
    }
    case 'EggDeliveryVoided': {
      const { lotId, grading, reason, voidedOn } = event.data;
      const voided = { reason, voidedOn, takenBackIn: null };
      return { ...account, lots: withGrading(account.lots, lotId, grading, (g) => ({ ...g, voided })) };
    }
    case 'FeedChargeRecorded': {
      const { deliveryId, deliveredOn, kg, amountSatang } = event.data;
      const charge: FeedCharge = {
        deliveryId,
        deliveredOn,
        kg,
        amountSatang,
        adjustedKg: kg,
        adjustedAmountSatang: amountSatang,
        settledIn: null,
      };
      return { ...account, feedCharges: account.feedCharges.set(deliveryId, charge) };
    }
    case 'FeedChargeAdjusted': {
      const { memberId: _memberId, ...adjustment } = event.data;
      const charge = account.feedCharges.get(adjustment.deliveryId);
      const feedCharges = charge
        ? account.feedCharges.set(adjustment.deliveryId, {
            ...charge,
            adjustedKg: charge.adjustedKg + adjustment.deltaKg,
            adjustedAmountSatang: charge.adjustedAmountSatang + adjustment.amountDeltaSatang,
          })
        : account.feedCharges;
      const adjustments = account.adjustments.set(adjustment.adjustmentId, { ...adjustment, settledIn: null });
      return { ...account, feedCharges, adjustments };
    }
    case 'MemberSettled':
      return settled(account, currentSettled(event.data));
  }
}
