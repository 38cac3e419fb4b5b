import {
  Conflict,
  DayField,
  happenedBy,
  IdempotencyKeyReused,
  IdField,
  type UseCaseEnvironment,
  WholeField,
} from '@khai/event-sourcing';

import { type AgreeFeedContract, feedContract } from '../domain/feed-contract.decider';
import { type AwardFeedContract, feedNegotiation } from '../domain/feed-negotiation.decider';
import type { FeedNegotiationConcluded } from '../domain/feed-negotiation.events';
import { agreeFeedContract } from './agree-feed-contract';
import { registeredFeedSupplier } from './references';

/** The negotiation comes from the path: POST /feed-negotiations/:negotiationId/award. */
export class AwardFeedContractDto {
  @IdField({ example: 'Q-CPF-2', description: 'the quote accepted' })
  quoteId!: string;

  @IdField({ example: 'FC-2026-01', description: 'id of the feed contract to agree' })
  contractId!: string;

  @WholeField(1, 1_000_000, { example: 1450, description: 'satang per kg; at most the quoted price' })
  agreedPricePerKgSatang!: number;

  @DayField({ example: '2025-12-20' })
  agreedOn!: string;

  @WholeField(1, 1_000_000, { example: 1550, description: 'market price at signing, satang per kg' })
  marketPricePerKgSatang!: number;
}

/**
 * The quote's supplier is a registered feed supplier (a quote received before suppliers were checked may name
 * one that is not): refused here, before the first write, rather than by the contract after the negotiation is
 * concluded. An unknown negotiation or quote is left to the decider.
 */
async function quotedByRegisteredSupplier(d: AwardFeedContract['data'], env: UseCaseEnvironment): Promise<void> {
  const negotiation = await env.state(feedNegotiation, d.negotiationId);
  const quote = negotiation.status === 'none' ? undefined : negotiation.quotes.get(d.quoteId);
  if (quote) await registeredFeedSupplier(quote, env);
}

/**
 * Concludes the negotiation, then agrees the contract on the terms of the conclusion in the log (so a repeat cannot
 * agree other terms). What would stop the contract's agreement is refused before the first write, so that nothing is
 * written. Not atomic: repeating a half-done award, with its Idempotency-Key or without one, completes it
 * (libs/feed/README.md).
 */
export const awardFeedContract = feedNegotiation.useCase({
  name: 'AwardFeedContract',
  streamId: (d: AwardFeedContract['data']) => d.negotiationId,
  checks: [
    happenedBy('agreedOn'),
    async ({ contractId, negotiationId }, env) => {
      const taken = await env.state(feedContract, contractId);
      if (taken.status === 'agreed' && taken.contract.negotiationId !== negotiationId) {
        throw new Conflict('feed_contract_already_agreed', `feed contract ${contractId} already exists`, {
          contractId,
        });
      }
    },
    quotedByRegisteredSupplier,
  ],
  http: {
    tag: 'feed',
    roles: ['manager'],
    path: '/feed-negotiations/:negotiationId/award',
    body: AwardFeedContractDto,
    summary: 'Conclude the negotiation on a quote and agree the feed contract',
    description:
      'Two appends, not atomic: the negotiation is concluded, then the contract agreed (the answer is the ' +
      "contract's write, whose position covers both). If the answer is lost or an error, repeat the request (with " +
      'the same Idempotency-Key): a half-done award is completed.',
    then: {
      useCase: agreeFeedContract,
      input: async ({ negotiationId }, env) => {
        const negotiation = await env.state(feedNegotiation, negotiationId);
        if (negotiation.status !== 'concluded') {
          // Only a key first used for another command on this negotiation gets here.
          throw new IdempotencyKeyReused('this Idempotency-Key was used for another request on the negotiation', {
            negotiationId,
          });
        }
        return contractTerms(negotiation.conclusion);
      },
    },
  },
});

function contractTerms(c: FeedNegotiationConcluded['data']): AgreeFeedContract['data'] {
  return {
    contractId: c.contractId,
    supplierId: c.supplierId,
    feedType: c.feedType,
    pricePerKgSatang: c.agreedPricePerKgSatang,
    volumeKg: c.volumeKg,
    validFrom: c.periodFrom,
    validTo: c.periodTo,
    marketPricePerKgSatang: c.marketPricePerKgSatang,
    agreedOn: c.agreedOn,
    negotiationId: c.negotiationId,
  };
}
