import { aggregate, assertNever, Conflict, type Decider, InvariantViolated, NotFound, sameFacts } from '@khai/core';

import type {
  FeedNegotiationConcluded,
  FeedNegotiationEvent,
  FeedNegotiationFailed,
  FeedNegotiationOpened,
  FeedQuoteReceived,
} from './feed-negotiation.events';
import {
  evolveFeedNegotiation,
  type FeedNegotiationState,
  initialFeedNegotiationState,
} from './feed-negotiation.state';

export type OpenFeedNegotiation = {
  readonly type: 'OpenFeedNegotiation';
  readonly data: FeedNegotiationOpened['data'];
};

export type ReceiveFeedQuote = {
  readonly type: 'ReceiveFeedQuote';
  readonly data: FeedQuoteReceived['data'];
};

export type AwardFeedContract = {
  readonly type: 'AwardFeedContract';
  readonly data: Pick<
    FeedNegotiationConcluded['data'],
    'negotiationId' | 'quoteId' | 'contractId' | 'agreedPricePerKgSatang' | 'agreedOn' | 'marketPricePerKgSatang'
  >;
};

export type CloseFeedNegotiationWithoutAgreement = {
  readonly type: 'CloseFeedNegotiationWithoutAgreement';
  readonly data: Pick<FeedNegotiationFailed['data'], 'negotiationId' | 'reason' | 'closedOn'>;
};

export type FeedNegotiationCommand =
  OpenFeedNegotiation | ReceiveFeedQuote | AwardFeedContract | CloseFeedNegotiationWithoutAgreement;

type Started = Exclude<FeedNegotiationState, { status: 'none' }>;

export const feedNegotiationDecider: Decider<FeedNegotiationCommand, FeedNegotiationEvent, FeedNegotiationState> = {
  initialState: initialFeedNegotiationState,
  evolve: evolveFeedNegotiation,
  decide(command, state) {
    switch (command.type) {
      case 'OpenFeedNegotiation':
        return open(command.data, state);
      case 'ReceiveFeedQuote':
        return receiveQuote(command.data, started(command.data.negotiationId, state));
      case 'AwardFeedContract':
        return award(command.data, started(command.data.negotiationId, state));
      case 'CloseFeedNegotiationWithoutAgreement':
        return fail(command.data, started(command.data.negotiationId, state));
      default:
        return assertNever(command);
    }
  },
};

function started(negotiationId: string, state: FeedNegotiationState): Started {
  if (state.status === 'none') {
    throw new NotFound(`no feed negotiation ${negotiationId}`, { negotiationId }, 'negotiation_not_found');
  }
  return state;
}

function open(data: OpenFeedNegotiation['data'], state: FeedNegotiationState): FeedNegotiationEvent[] {
  if (data.periodTo < data.periodFrom) {
    throw new InvariantViolated('invalid_negotiation_period', 'periodTo must not be before periodFrom', {
      periodFrom: data.periodFrom,
      periodTo: data.periodTo,
    });
  }
  if (state.status === 'none') return [{ type: 'FeedNegotiationOpened', data }];
  if (sameFacts(state.negotiation, data)) return [];
  throw new Conflict('negotiation_already_opened', `feed negotiation ${data.negotiationId} was opened on other terms`, {
    negotiationId: data.negotiationId,
  });
}

function receiveQuote(data: ReceiveFeedQuote['data'], state: Started): FeedNegotiationEvent[] {
  // A resent quote stays a no-op even after the negotiation closed.
  const earlier = state.quotes.get(data.quoteId);
  if (earlier) {
    if (sameFacts(earlier, data)) return [];
    throw new Conflict('quote_already_received', `quote ${data.quoteId} was received with other details`, {
      negotiationId: data.negotiationId,
      quoteId: data.quoteId,
    });
  }
  assertOpen(state);
  if (data.receivedOn < state.negotiation.openedOn) {
    throw new InvariantViolated('quote_before_opening', 'a quote cannot arrive before the negotiation opened', {
      openedOn: state.negotiation.openedOn,
      receivedOn: data.receivedOn,
    });
  }
  if (data.validUntil !== undefined && data.validUntil < data.receivedOn) {
    throw new InvariantViolated('invalid_quote_validity', 'validUntil must not be before receivedOn', {
      receivedOn: data.receivedOn,
      validUntil: data.validUntil,
    });
  }
  // Left out rather than undefined, so the event is the same before and after storage.
  const { validUntil, ...rest } = data;
  return [{ type: 'FeedQuoteReceived', data: validUntil === undefined ? rest : { ...rest, validUntil } }];
}

function award(data: AwardFeedContract['data'], state: Started): FeedNegotiationEvent[] {
  if (state.status === 'concluded') {
    const c = state.conclusion;
    const { negotiationId, quoteId, contractId, agreedPricePerKgSatang, agreedOn, marketPricePerKgSatang } = c;
    const same = { negotiationId, quoteId, contractId, agreedPricePerKgSatang, agreedOn, marketPricePerKgSatang };
    if (sameFacts(same, data)) return [];
  }
  assertOpen(state);
  const quote = state.quotes.get(data.quoteId);
  if (!quote) {
    throw new NotFound(
      `no quote ${data.quoteId} in negotiation ${data.negotiationId}`,
      { negotiationId: data.negotiationId, quoteId: data.quoteId },
      'quote_not_found',
    );
  }
  if (data.agreedPricePerKgSatang > quote.pricePerKgSatang) {
    throw new InvariantViolated(
      'agreed_price_above_quote',
      'the agreed price may not exceed what the supplier quoted',
      {
        quotedPricePerKgSatang: quote.pricePerKgSatang,
        agreedPricePerKgSatang: data.agreedPricePerKgSatang,
      },
    );
  }
  if (data.agreedOn < quote.receivedOn) {
    throw new InvariantViolated('award_before_quote', 'a quote cannot be accepted before it arrived', {
      receivedOn: quote.receivedOn,
      agreedOn: data.agreedOn,
    });
  }
  if (quote.validUntil !== undefined && data.agreedOn > quote.validUntil) {
    throw new InvariantViolated('quote_expired', `quote ${quote.quoteId} held until ${quote.validUntil}`, {
      validUntil: quote.validUntil,
      agreedOn: data.agreedOn,
    });
  }
  const n = state.negotiation;
  const concluded: FeedNegotiationConcluded = {
    type: 'FeedNegotiationConcluded',
    data: {
      negotiationId: data.negotiationId,
      quoteId: quote.quoteId,
      contractId: data.contractId,
      supplierId: quote.supplierId,
      feedType: n.feedType,
      volumeKg: Math.min(n.volumeKg, quote.volumeKg),
      periodFrom: n.periodFrom,
      periodTo: n.periodTo,
      agreedPricePerKgSatang: data.agreedPricePerKgSatang,
      quotedPricePerKgSatang: quote.pricePerKgSatang,
      marketPricePerKgSatang: data.marketPricePerKgSatang,
      quotesCount: state.quotes.size,
      agreedOn: data.agreedOn,
    },
  };
  return [concluded];
}

function fail(data: CloseFeedNegotiationWithoutAgreement['data'], state: Started): FeedNegotiationEvent[] {
  if (state.status === 'failed' && sameFacts({ ...data, quotesCount: state.failure.quotesCount }, state.failure)) {
    return [];
  }
  assertOpen(state);
  if (data.reason.trim() === '') {
    throw new InvariantViolated('failure_reason_required', 'closing without agreement must say why');
  }
  if (data.closedOn < state.negotiation.openedOn) {
    throw new InvariantViolated('closed_before_opening', 'a negotiation cannot close before it opened', {
      openedOn: state.negotiation.openedOn,
      closedOn: data.closedOn,
    });
  }
  return [{ type: 'FeedNegotiationFailed', data: { ...data, quotesCount: state.quotes.size } }];
}

function assertOpen(state: Started): asserts state is Extract<Started, { status: 'open' }> {
  if (state.status !== 'open') {
    throw new Conflict('negotiation_closed', `feed negotiation ${state.negotiation.negotiationId} is ${state.status}`, {
      negotiationId: state.negotiation.negotiationId,
      negotiationStatus: state.status,
    });
  }
}

/** Feed negotiations live in the `feednegotiation` stream category. */
export const feedNegotiation = aggregate('feednegotiation', feedNegotiationDecider);
