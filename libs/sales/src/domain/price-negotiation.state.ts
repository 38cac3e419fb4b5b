import type {
  NegotiatedPrice,
  NegotiationFailed,
  PriceAgreed,
  PriceNegotiationEvent,
  PriceNegotiationOpened,
} from './price-negotiation.events';

/** Who made a round: the buyer offers, the cooperative counters. */
export type RoundBy = 'BUYER' | 'COOPERATIVE';

export interface NegotiationRound {
  readonly roundId: string;
  readonly round: number;
  readonly by: RoundBy;
  readonly offeredOn: string;
  readonly prices: readonly NegotiatedPrice[];
  readonly eggsPerWeek: number | null;
}

interface Negotiation {
  readonly negotiation: PriceNegotiationOpened['data'];
  /** Every round, in order; kept so the concession path can be analysed. */
  readonly rounds: readonly NegotiationRound[];
}

export type PriceNegotiationState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & Negotiation)
  | ({ readonly status: 'agreed'; readonly agreement: PriceAgreed['data'] } & Negotiation)
  | ({ readonly status: 'failed'; readonly failure: NegotiationFailed['data'] } & Negotiation);

export const initialPriceNegotiationState: PriceNegotiationState = { status: 'none' };

/** The date of the last step, which the next one may not precede. */
export function lastDate(state: Exclude<PriceNegotiationState, { status: 'none' }>): string {
  return state.rounds[state.rounds.length - 1]?.offeredOn ?? state.negotiation.openedOn;
}

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolvePriceNegotiation(
  state: PriceNegotiationState,
  event: PriceNegotiationEvent,
): PriceNegotiationState {
  switch (event.type) {
    case 'PriceNegotiationOpened':
      return state.status === 'none' ? { status: 'open', negotiation: event.data, rounds: [] } : state;
    case 'BuyerOfferReceived':
    case 'CounterOfferMade': {
      if (state.status !== 'open') return state;
      const { roundId, round, offeredOn, prices } = event.data;
      const by: RoundBy = event.type === 'BuyerOfferReceived' ? 'BUYER' : 'COOPERATIVE';
      const eggsPerWeek = event.type === 'BuyerOfferReceived' ? event.data.eggsPerWeek : null;
      return { ...state, rounds: [...state.rounds, { roundId, round, by, offeredOn, prices, eggsPerWeek }] };
    }
    case 'PriceAgreed':
      return state.status === 'open' ? { ...state, status: 'agreed', agreement: event.data } : state;
    case 'NegotiationFailed':
      return state.status === 'open' ? { ...state, status: 'failed', failure: event.data } : state;
  }
}
