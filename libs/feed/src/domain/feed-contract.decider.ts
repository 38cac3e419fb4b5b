import { aggregate, assertNever, Conflict, type Decider, InvariantViolated, NotFound, sameFacts } from '@khai/core';

import type { AgreeFeedContract, FeedContractCommand, PlaceFeedOrder } from './feed-contract.commands';
import { adjust, deliver } from './feed-contract.deliveries';
import type { FeedContractEvent } from './feed-contract.events';
import { assertVolumeLeft, assertWithinPeriod } from './feed-contract.rules';
import {
  type AgreedFeedContract,
  evolveFeedContract,
  type FeedContractState,
  initialFeedContractState,
} from './feed-contract.state';

export type {
  AdjustFeedDelivery,
  AgreeFeedContract,
  FeedContractCommand,
  PlaceFeedOrder,
  RecordFeedDelivery,
} from './feed-contract.commands';

export const feedContractDecider: Decider<FeedContractCommand, FeedContractEvent, FeedContractState> = {
  initialState: initialFeedContractState,
  evolve: evolveFeedContract,
  decide(command, state) {
    switch (command.type) {
      case 'AgreeFeedContract':
        return agree(command.data, state);
      case 'PlaceFeedOrder':
        return placeOrder(command.data, agreedContract(command.data.contractId, state));
      case 'RecordFeedDelivery':
        return deliver(command.data, agreedContract(command.data.contractId, state));
      case 'AdjustFeedDelivery':
        return adjust(command.data, agreedContract(command.data.contractId, state));
      default:
        return assertNever(command);
    }
  },
};

function agreedContract(contractId: string, state: FeedContractState): AgreedFeedContract {
  if (state.status === 'none')
    throw new NotFound(`no feed contract ${contractId}`, { contractId }, 'contract_not_found');
  return state;
}

function agree(data: AgreeFeedContract['data'], state: FeedContractState): FeedContractEvent[] {
  if (data.validTo < data.validFrom) {
    throw new InvariantViolated('invalid_contract_period', 'validTo must not be before validFrom', {
      validFrom: data.validFrom,
      validTo: data.validTo,
    });
  }
  if (state.status === 'none') return [{ type: 'FeedContractAgreed', data }];
  if (sameFacts(state.contract, data)) return [];
  throw new Conflict('feed_contract_already_agreed', `feed contract ${data.contractId} was agreed on other terms`, {
    contractId: data.contractId,
  });
}

function placeOrder(data: PlaceFeedOrder['data'], state: AgreedFeedContract): FeedContractEvent[] {
  // A repeat is judged before the rules, so resending an order that filled the contract stays a no-op.
  const earlier = state.orders.get(data.orderId);
  if (earlier) {
    if (sameFacts(earlier.order, data)) return [];
    throw new Conflict('order_already_placed', `order ${data.orderId} was placed with other details`, {
      contractId: data.contractId,
      orderId: data.orderId,
    });
  }
  if (data.requestedDeliveryOn < data.orderedOn) {
    throw new InvariantViolated('invalid_order_dates', 'requestedDeliveryOn must not be before orderedOn', {
      orderedOn: data.orderedOn,
      requestedDeliveryOn: data.requestedDeliveryOn,
    });
  }
  assertWithinPeriod(state, data.requestedDeliveryOn);
  assertVolumeLeft(state, data.kg);
  return [{ type: 'FeedOrderPlaced', data }];
}

/** Feed contracts live in the `feedcontract` stream category. */
export const feedContract = aggregate('feedcontract', feedContractDecider);
