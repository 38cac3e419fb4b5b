import type {
  FeedNegotiationConcluded,
  FeedNegotiationEvent,
  FeedNegotiationFailed,
  FeedNegotiationOpened,
  FeedQuoteReceived,
} from './feed-negotiation.events';

interface Negotiating {
  readonly negotiation: FeedNegotiationOpened['data'];
  /** Every quote, in the order received. */
  readonly quotes: ReadonlyMap<string, FeedQuoteReceived['data']>;
}

export type FeedNegotiationState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & Negotiating)
  | ({ readonly status: 'concluded'; readonly conclusion: FeedNegotiationConcluded['data'] } & Negotiating)
  | ({ readonly status: 'failed'; readonly failure: FeedNegotiationFailed['data'] } & Negotiating);

export const initialFeedNegotiationState: FeedNegotiationState = { status: 'none' };

export function evolveFeedNegotiation(state: FeedNegotiationState, event: FeedNegotiationEvent): FeedNegotiationState {
  switch (event.type) {
    case 'FeedNegotiationOpened':
      return { status: 'open', negotiation: event.data, quotes: new Map() };
    case 'FeedQuoteReceived':
      if (state.status !== 'open') return state;
      return { ...state, quotes: new Map(state.quotes).set(event.data.quoteId, event.data) };
    case 'FeedNegotiationConcluded':
      if (state.status !== 'open') return state;
      return { status: 'concluded', negotiation: state.negotiation, quotes: state.quotes, conclusion: event.data };
    case 'FeedNegotiationFailed':
      if (state.status !== 'open') return state;
      return { status: 'failed', negotiation: state.negotiation, quotes: state.quotes, failure: event.data };
  }
}
