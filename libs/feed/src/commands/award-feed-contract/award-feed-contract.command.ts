import {
  type CommandContext,
  type CommandResult,
  Conflict,
  EVENT_STORE,
  type EventStore,
  fold,
  handleCommand,
  IdempotencyKeyReused,
  readState,
  streamName,
} from '@khai/event-sourcing';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';

import { type AgreeFeedContract, feedContractDecider } from '../../domain/feed-contract.decider';
import { type AwardFeedContract, feedNegotiationDecider } from '../../domain/feed-negotiation.decider';
import type { FeedNegotiationConcluded, FeedNegotiationEvent } from '../../domain/feed-negotiation.events';

export interface AwardFeedContractResult {
  readonly negotiation: CommandResult;
  readonly contract: CommandResult;
}

export class AwardFeedContractCommand extends Command<AwardFeedContractResult> {
  constructor(
    readonly data: AwardFeedContract['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Concludes the negotiation, then agrees the contract on the concluded terms. The
 * negotiation's decider never calls into the contract: this use case, inside the feed
 * context, issues the two commands in turn.
 *
 * The two appends are NOT atomic (two streams). If the process dies or the second
 * append fails, the negotiation is concluded and the contract is not yet agreed.
 * Repeating the award completes it: with the same Idempotency-Key the first step
 * answers its earlier events (repeated) and the second appends; without a key, the
 * same award is a no-op on the negotiation and the contract is agreed. The contract is
 * always built from the concluded event in the log, so a repeat cannot agree other terms.
 */
@CommandHandler(AwardFeedContractCommand)
export class AwardFeedContractHandler implements ICommandHandler<AwardFeedContractCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ data, context }: AwardFeedContractCommand): Promise<AwardFeedContractResult> {
    await this.refuseTakenContractId(data);
    const negotiationStream = streamName('feednegotiation', data.negotiationId);
    const negotiation = await handleCommand(
      this.store,
      negotiationStream,
      feedNegotiationDecider,
      { type: 'AwardFeedContract', data },
      context,
    );

    const history = await this.store.readStream(negotiationStream);
    const state = fold(feedNegotiationDecider, history as unknown as FeedNegotiationEvent[]);
    if (state.status !== 'concluded') {
      // Only a key first used for another command on this negotiation gets here.
      throw new IdempotencyKeyReused('this Idempotency-Key was used for another request on the negotiation', {
        negotiationId: data.negotiationId,
      });
    }
    const concludedEvent = history.find((e) => e.type === 'FeedNegotiationConcluded');
    const agree: AgreeFeedContract = { type: 'AgreeFeedContract', data: contractTerms(state.conclusion) };
    const contract = await handleCommand(
      this.store,
      streamName('feedcontract', state.conclusion.contractId),
      feedContractDecider,
      agree,
      { ...context, ...(concludedEvent ? { causationId: concludedEvent.metadata.eventId } : {}) },
    );
    return { negotiation, contract };
  }

  /**
   * Checked before the first append, so that a contract id already used by another
   * contract does not leave a concluded negotiation behind (409, nothing written).
   * A contract of this very negotiation is fine: that is a half-done award being completed.
   */
  private async refuseTakenContractId(data: AwardFeedContract['data']): Promise<void> {
    const { state } = await readState(this.store, streamName('feedcontract', data.contractId), feedContractDecider);
    if (state.status === 'agreed' && state.contract.negotiationId !== data.negotiationId) {
      throw new Conflict('feed_contract_already_agreed', `feed contract ${data.contractId} already exists`, {
        contractId: data.contractId,
      });
    }
  }
}

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
