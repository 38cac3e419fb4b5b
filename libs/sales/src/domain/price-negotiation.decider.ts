import { Conflict, type Decider, InvariantViolated, NotFound, requireDistinct, sameFacts } from '@khai/core';

import type {
  BuyerOfferReceived,
  CounterOfferMade,
  NegotiatedPrice,
  NegotiationFailed,
  PriceAgreed,
  PriceNegotiationEvent,
  PriceNegotiationOpened,
} from './price-negotiation.events';
import {
  evolvePriceNegotiation,
  initialPriceNegotiationState,
  lastDate,
  type PriceNegotiationState,
} from './price-negotiation.state';
import { bySize, requireNotBefore, requireReason, requireWholeNumber } from './rules';

export type OpenPriceNegotiation = {
  readonly type: 'OpenPriceNegotiation';
  readonly data: {
    readonly negotiationId: string;
    readonly buyerId: string;
    readonly openedOn: string;
    readonly asking: readonly NegotiatedPrice[];
    readonly floorSatangPerEgg?: number;
    readonly ceilingSatangPerEgg?: number;
  };
};

export type ReceiveBuyerOffer = {
  readonly type: 'ReceiveBuyerOffer';
  readonly data: {
    readonly negotiationId: string;
    readonly roundId: string;
    readonly offeredOn: string;
    readonly prices: readonly NegotiatedPrice[];
    readonly eggsPerWeek?: number;
  };
};

export type MakeCounterOffer = {
  readonly type: 'MakeCounterOffer';
  readonly data: Omit<CounterOfferMade['data'], 'round'>;
};

export type AgreePrice = {
  readonly type: 'AgreePrice';
  readonly data: Omit<PriceAgreed['data'], 'buyerId' | 'rounds'>;
};

export type FailNegotiation = {
  readonly type: 'FailNegotiation';
  readonly data: Omit<NegotiationFailed['data'], 'buyerId' | 'rounds'>;
};

export type PriceNegotiationCommand =
  OpenPriceNegotiation | ReceiveBuyerOffer | MakeCounterOffer | AgreePrice | FailNegotiation;

type Opened = Exclude<PriceNegotiationState, { status: 'none' }>;

export const priceNegotiationDecider: Decider<PriceNegotiationCommand, PriceNegotiationEvent, PriceNegotiationState> = {
  initialState: initialPriceNegotiationState,
  evolve: evolvePriceNegotiation,
  decide(command, state) {
    if (command.type === 'OpenPriceNegotiation') return open(command, state);
    if (state.status === 'none') throw negotiationNotFound(command.data.negotiationId);
    switch (command.type) {
      case 'ReceiveBuyerOffer':
      case 'MakeCounterOffer':
        return round(command, state);
      case 'AgreePrice':
        return agree(command, state);
      case 'FailNegotiation':
        return fail(command, state);
    }
  },
};

function open({ data }: OpenPriceNegotiation, state: PriceNegotiationState): PriceNegotiationEvent[] {
  const asking = priceList(data.asking);
  const floor = data.floorSatangPerEgg ?? null;
  const ceiling = data.ceilingSatangPerEgg ?? null;
  if (floor !== null) requireWholeNumber(floor, 1, 'invalid_price', 'floorSatangPerEgg');
  if (ceiling !== null) requireWholeNumber(ceiling, 1, 'invalid_price', 'ceilingSatangPerEgg');
  if (floor !== null && ceiling !== null && floor > ceiling) {
    throw new InvariantViolated('floor_above_ceiling', 'the production-cost floor must not exceed the ceiling', {
      floorSatangPerEgg: floor,
      ceilingSatangPerEgg: ceiling,
    });
  }
  const opened: PriceNegotiationOpened = {
    type: 'PriceNegotiationOpened',
    data: {
      negotiationId: data.negotiationId,
      buyerId: data.buyerId,
      openedOn: data.openedOn,
      asking,
      floorSatangPerEgg: floor,
      ceilingSatangPerEgg: ceiling,
    },
  };
  if (state.status === 'none') return [opened];
  if (sameFacts(state.negotiation, opened.data)) return [];
  throw new Conflict('negotiation_already_opened', `negotiation ${data.negotiationId} was already opened differently`, {
    negotiationId: data.negotiationId,
  });
}

/** Offers and counter-offers alternate, the buyer first: offer, counter, offer, … */
function round(command: ReceiveBuyerOffer | MakeCounterOffer, state: Opened): PriceNegotiationEvent[] {
  const { data } = command;
  const prices = askedPrices(data.prices, state);
  const eggsPerWeek = command.type === 'ReceiveBuyerOffer' ? (command.data.eggsPerWeek ?? null) : null;
  if (eggsPerWeek !== null) requireWholeNumber(eggsPerWeek, 1, 'invalid_volume', 'eggsPerWeek');

  const by = command.type === 'ReceiveBuyerOffer' ? 'BUYER' : 'COOPERATIVE';
  const earlier = state.rounds.find((r) => r.roundId === data.roundId);
  if (earlier) {
    const asked = { by, offeredOn: data.offeredOn, prices, eggsPerWeek };
    const recorded = {
      by: earlier.by,
      offeredOn: earlier.offeredOn,
      prices: earlier.prices,
      eggsPerWeek: earlier.eggsPerWeek,
    };
    if (sameFacts(recorded, asked)) return [];
    throw new Conflict('round_already_recorded', `round ${data.roundId} was already recorded differently`, {
      negotiationId: data.negotiationId,
      roundId: data.roundId,
    });
  }
  requireOpen(state);
  const last = state.rounds[state.rounds.length - 1];
  if (by === 'BUYER' && last?.by === 'BUYER') {
    throw new Conflict('not_buyers_turn', 'the buyer made the last offer; a counter-offer comes next', {
      negotiationId: data.negotiationId,
    });
  }
  if (by === 'COOPERATIVE' && last?.by !== 'BUYER') {
    throw new Conflict('not_our_turn', 'a counter-offer answers a buyer offer', { negotiationId: data.negotiationId });
  }
  requireNotBefore(data.offeredOn, lastDate(state), 'date_out_of_order', 'a round may not precede the previous step');

  const n = state.rounds.length + 1;
  const base = { negotiationId: data.negotiationId, roundId: data.roundId, round: n, offeredOn: data.offeredOn };
  const event: BuyerOfferReceived | CounterOfferMade =
    by === 'BUYER'
      ? { type: 'BuyerOfferReceived', data: { ...base, prices, eggsPerWeek } }
      : { type: 'CounterOfferMade', data: { ...base, prices } };
  return [event];
}

function agree({ data }: AgreePrice, state: Opened): PriceNegotiationEvent[] {
  const prices = askedPrices(data.prices, state);
  if (data.validTo < data.validFrom) {
    throw new InvariantViolated('invalid_validity_period', 'validTo must not precede validFrom', {
      validFrom: data.validFrom,
      validTo: data.validTo,
    });
  }
  const agreed: PriceAgreed = {
    type: 'PriceAgreed',
    data: {
      negotiationId: data.negotiationId,
      buyerId: state.negotiation.buyerId,
      agreedOn: data.agreedOn,
      prices,
      validFrom: data.validFrom,
      validTo: data.validTo,
      rounds: state.rounds.length,
    },
  };
  if (state.status === 'agreed' && sameFacts(state.agreement, agreed.data)) return [];
  requireOpen(state);
  if (!state.rounds.some((r) => r.by === 'BUYER')) {
    throw new Conflict('no_buyer_offer', 'a price is agreed only after the buyer has made an offer', {
      negotiationId: data.negotiationId,
    });
  }
  requireNotBefore(data.agreedOn, lastDate(state), 'date_out_of_order', 'the agreement may not precede the last round');
  return [agreed];
}

function fail({ data }: FailNegotiation, state: Opened): PriceNegotiationEvent[] {
  requireReason(data.reason);
  const failed: NegotiationFailed = {
    type: 'NegotiationFailed',
    data: {
      negotiationId: data.negotiationId,
      buyerId: state.negotiation.buyerId,
      failedOn: data.failedOn,
      reason: data.reason,
      rounds: state.rounds.length,
    },
  };
  if (state.status === 'failed' && sameFacts(state.failure, failed.data)) return [];
  requireOpen(state);
  requireNotBefore(data.failedOn, lastDate(state), 'date_out_of_order', 'the failure may not precede the last round');
  return [failed];
}

function requireOpen(state: Opened): void {
  if (state.status !== 'open') {
    throw new Conflict('negotiation_closed', `negotiation ${state.negotiation.negotiationId} is ${state.status}`, {
      negotiationId: state.negotiation.negotiationId,
      negotiationStatus: state.status,
    });
  }
}

/** A price list: at least one size class, each once, whole satang; sorted by size. */
function priceList(prices: readonly NegotiatedPrice[]): NegotiatedPrice[] {
  if (prices.length === 0) throw new InvariantViolated('no_prices', 'at least one size class must be priced');
  requireDistinct(
    prices.map((p) => p.size),
    'duplicate_size_class',
    'each size class may be priced once',
  );
  for (const p of prices) requireWholeNumber(p.satangPerEgg, 1, 'invalid_price', 'satangPerEgg');
  return bySize(prices).map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg }));
}

/** Offers, counters and the agreement speak only of the sizes the cooperative asked a price for. */
function askedPrices(prices: readonly NegotiatedPrice[], state: Opened): NegotiatedPrice[] {
  const list = priceList(prices);
  const asked = new Set(state.negotiation.asking.map((a) => a.size));
  const notAsked = list.filter((p) => !asked.has(p.size)).map((p) => p.size);
  if (notAsked.length > 0) {
    throw new InvariantViolated('size_not_asked', 'only sizes the cooperative asked a price for may be priced', {
      sizes: notAsked,
    });
  }
  return list;
}

export function negotiationNotFound(negotiationId: string): NotFound {
  return new NotFound(`negotiation ${negotiationId} has not been opened`, { negotiationId }, 'negotiation_not_found');
}
