import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import {
  type AwardFeedContract,
  type CloseFeedNegotiationWithoutAgreement,
  feedNegotiationDecider,
  type OpenFeedNegotiation,
  type ReceiveFeedQuote,
} from './feed-negotiation.decider';
import type {
  FeedNegotiationConcluded,
  FeedNegotiationFailed,
  FeedNegotiationOpened,
  FeedQuoteReceived,
} from './feed-negotiation.events';

const terms: FeedNegotiationOpened['data'] = {
  negotiationId: 'FN-2026-Q1',
  feedType: 'LAYER_COMPLETE',
  volumeKg: 120_000,
  periodFrom: '2026-01-01',
  periodTo: '2026-03-31',
  openedOn: '2025-11-20',
  marketPricePerKgSatang: 1580,
};
const open: OpenFeedNegotiation = { type: 'OpenFeedNegotiation', data: terms };
const opened: FeedNegotiationOpened = { type: 'FeedNegotiationOpened', data: terms };

const quote: ReceiveFeedQuote = {
  type: 'ReceiveFeedQuote',
  data: {
    negotiationId: 'FN-2026-Q1',
    quoteId: 'Q-CPF-1',
    supplierId: 'SUP-CPF',
    pricePerKgSatang: 1500,
    volumeKg: 150_000,
    receivedOn: '2025-11-25',
    validUntil: '2025-12-31',
  },
};
const quoted: FeedQuoteReceived = { type: 'FeedQuoteReceived', data: quote.data };
const withQuote = (data: Partial<ReceiveFeedQuote['data']>): ReceiveFeedQuote => ({
  ...quote,
  data: { ...quote.data, ...data },
});
const requoted: FeedQuoteReceived = {
  type: 'FeedQuoteReceived',
  data: { ...quote.data, quoteId: 'Q-CPF-2', pricePerKgSatang: 1470, volumeKg: 100_000, receivedOn: '2025-12-05' },
};

const award: AwardFeedContract = {
  type: 'AwardFeedContract',
  data: {
    negotiationId: 'FN-2026-Q1',
    quoteId: 'Q-CPF-2',
    contractId: 'FC-2026-01',
    agreedPricePerKgSatang: 1450,
    agreedOn: '2025-12-20',
    marketPricePerKgSatang: 1550,
  },
};
const withAward = (data: Partial<AwardFeedContract['data']>): AwardFeedContract => ({
  ...award,
  data: { ...award.data, ...data },
});
const concluded: FeedNegotiationConcluded = {
  type: 'FeedNegotiationConcluded',
  data: {
    negotiationId: 'FN-2026-Q1',
    quoteId: 'Q-CPF-2',
    contractId: 'FC-2026-01',
    supplierId: 'SUP-CPF',
    feedType: 'LAYER_COMPLETE',
    volumeKg: 100_000,
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    agreedPricePerKgSatang: 1450,
    quotedPricePerKgSatang: 1470,
    marketPricePerKgSatang: 1550,
    quotesCount: 2,
    agreedOn: '2025-12-20',
  },
};

const close: CloseFeedNegotiationWithoutAgreement = {
  type: 'CloseFeedNegotiationWithoutAgreement',
  data: { negotiationId: 'FN-2026-Q1', reason: 'no quote below the market price', closedOn: '2025-12-20' },
};
const failed: FeedNegotiationFailed = { type: 'FeedNegotiationFailed', data: { ...close.data, quotesCount: 1 } };

describe('opening a feed negotiation', () => {
  it('records what the members need and the market price at opening', () => {
    given(feedNegotiationDecider).when(open).then([opened]);
  });

  it('is a no-op when the same negotiation is opened again', () => {
    given(feedNegotiationDecider, [opened]).when(open).thenNothing();
  });

  it('refuses other terms for an opened negotiation', () => {
    given(feedNegotiationDecider, [opened])
      .when({ ...open, data: { ...terms, volumeKg: 1 } })
      .thenThrows(Conflict, 'negotiation_already_opened');
  });

  it('refuses a period that ends before it starts', () => {
    given(feedNegotiationDecider)
      .when({ ...open, data: { ...terms, periodTo: '2025-12-31' } })
      .thenThrows(InvariantViolated, 'invalid_negotiation_period');
  });
});

describe('receiving a supplier quote', () => {
  it('keeps the quote', () => {
    given(feedNegotiationDecider, [opened]).when(quote).then([quoted]);
  });

  it('keeps every quote when a supplier quotes again', () => {
    const { validUntil: _, ...openEnded } = requoted.data;
    given(feedNegotiationDecider, [opened, quoted])
      .when({ type: 'ReceiveFeedQuote', data: { ...openEnded, validUntil: undefined } })
      .then([{ type: 'FeedQuoteReceived', data: openEnded }]);
  });

  it('is a no-op when the same quote is sent again, even after the negotiation closed', () => {
    given(feedNegotiationDecider, [opened, quoted, failed]).when(quote).thenNothing();
  });

  it('refuses other details under a quote id already used', () => {
    given(feedNegotiationDecider, [opened, quoted])
      .when(withQuote({ pricePerKgSatang: 1490 }))
      .thenThrows(Conflict, 'quote_already_received');
  });

  it('refuses a quote without a negotiation', () => {
    given(feedNegotiationDecider).when(quote).thenThrows(NotFound, 'negotiation_not_found');
  });

  it('refuses a new quote once the negotiation is closed', () => {
    given(feedNegotiationDecider, [opened, quoted, requoted, concluded])
      .when(withQuote({ quoteId: 'Q-LATE' }))
      .thenThrows(Conflict, 'negotiation_closed');
  });

  it.each([
    [{ receivedOn: '2025-11-19' }, 'quote_before_opening'],
    [{ validUntil: '2025-11-24' }, 'invalid_quote_validity'],
  ])('refuses %j (%s)', (change, code) => {
    given(feedNegotiationDecider, [opened]).when(withQuote(change)).thenThrows(InvariantViolated, code);
  });
});

describe('awarding the contract', () => {
  it('concludes at or below the quoted price, with the quotes count and the smaller volume', () => {
    given(feedNegotiationDecider, [opened, quoted, requoted]).when(award).then([concluded]);
  });

  it('accepts the quoted price itself, on the last day the quote holds', () => {
    given(feedNegotiationDecider, [opened, quoted])
      .when(withAward({ quoteId: 'Q-CPF-1', agreedPricePerKgSatang: 1500, agreedOn: '2025-12-31' }))
      .then([
        {
          type: 'FeedNegotiationConcluded',
          data: {
            ...concluded.data,
            quoteId: 'Q-CPF-1',
            volumeKg: 120_000,
            agreedPricePerKgSatang: 1500,
            quotedPricePerKgSatang: 1500,
            quotesCount: 1,
            agreedOn: '2025-12-31',
          },
        },
      ]);
  });

  it('is a no-op when the same award is sent again', () => {
    given(feedNegotiationDecider, [opened, quoted, requoted, concluded]).when(award).thenNothing();
  });

  it('refuses another award once concluded', () => {
    given(feedNegotiationDecider, [opened, quoted, requoted, concluded])
      .when(withAward({ contractId: 'FC-OTHER' }))
      .thenThrows(Conflict, 'negotiation_closed');
  });

  it('refuses an award after the negotiation failed', () => {
    given(feedNegotiationDecider, [opened, quoted, failed]).when(award).thenThrows(Conflict, 'negotiation_closed');
  });

  it('refuses an award without a negotiation', () => {
    given(feedNegotiationDecider).when(award).thenThrows(NotFound, 'negotiation_not_found');
  });

  it('refuses an unknown quote', () => {
    given(feedNegotiationDecider, [opened, quoted])
      .when(withAward({ quoteId: 'Q-404' }))
      .thenThrows(NotFound, 'quote_not_found');
  });

  it.each([
    [{ agreedPricePerKgSatang: 1471 }, 'agreed_price_above_quote'],
    [{ agreedOn: '2025-12-04' }, 'award_before_quote'],
    [{ agreedOn: '2026-01-01' }, 'quote_expired'],
  ])('refuses %j (%s)', (change, code) => {
    given(feedNegotiationDecider, [opened, quoted, requoted])
      .when(withAward(change))
      .thenThrows(InvariantViolated, code);
  });
});

describe('closing without agreement', () => {
  it('records why, with the quotes received', () => {
    given(feedNegotiationDecider, [opened, quoted]).when(close).then([failed]);
  });

  it('is a no-op when the same closing is sent again', () => {
    given(feedNegotiationDecider, [opened, quoted, failed]).when(close).thenNothing();
  });

  it('refuses to close a concluded negotiation', () => {
    given(feedNegotiationDecider, [opened, quoted, requoted, concluded])
      .when(close)
      .thenThrows(Conflict, 'negotiation_closed');
  });

  it('refuses another reason for a failed negotiation', () => {
    given(feedNegotiationDecider, [opened, quoted, failed])
      .when({ ...close, data: { ...close.data, reason: 'other' } })
      .thenThrows(Conflict, 'negotiation_closed');
  });

  it('refuses to close a negotiation that was never opened', () => {
    given(feedNegotiationDecider).when(close).thenThrows(NotFound, 'negotiation_not_found');
  });

  it.each([
    [{ reason: ' ' }, 'failure_reason_required'],
    [{ closedOn: '2025-11-19' }, 'closed_before_opening'],
  ])('refuses %j (%s)', (change, code) => {
    given(feedNegotiationDecider, [opened])
      .when({ ...close, data: { ...close.data, ...change } })
      .thenThrows(InvariantViolated, code);
  });
});
