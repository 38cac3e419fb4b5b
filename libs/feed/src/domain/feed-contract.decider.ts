import { assertNever, Conflict, type Decider, InvariantViolated, NotFound } from '@khai/event-sourcing';

import type { FeedContractAgreed, FeedContractEvent, FeedDelivered } from './feed-contract.events';
import { evolveFeedContract, type FeedContractState, initialFeedContractState } from './feed-contract.state';

export type AgreeFeedContract = {
  readonly type: 'AgreeFeedContract';
  readonly data: FeedContractAgreed['data'];
};

export type RecordFeedDelivery = {
  readonly type: 'RecordFeedDelivery';
  readonly data: Omit<FeedDelivered['data'], 'pricePerKgSatang' | 'amountSatang'>;
};

export type FeedContractCommand = AgreeFeedContract | RecordFeedDelivery;

export const feedContractDecider: Decider<FeedContractCommand, FeedContractEvent, FeedContractState> = {
  initialState: initialFeedContractState,
  evolve: evolveFeedContract,
  decide(command, state) {
    switch (command.type) {
      case 'AgreeFeedContract':
        return agree(command.data, state);
      case 'RecordFeedDelivery':
        return deliver(command.data, state);
      default:
        return assertNever(command);
    }
  },
};

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

function deliver(data: RecordFeedDelivery['data'], state: FeedContractState): FeedContractEvent[] {
  if (state.status === 'none')
    throw new NotFound(`no feed contract ${data.contractId}`, { contractId: data.contractId }, 'contract_not_found');
  const { contract } = state;
  const delivered: FeedDelivered = {
    type: 'FeedDelivered',
    data: { ...data, pricePerKgSatang: contract.pricePerKgSatang, amountSatang: data.kg * contract.pricePerKgSatang },
  };

  // A repeat is judged before the rules, so resending a delivery that filled the contract stays a no-op.
  const earlier = state.deliveries.get(data.deliveryId);
  if (earlier) {
    if (sameFacts(earlier, delivered.data)) return [];
    throw new Conflict('delivery_already_recorded', `delivery ${data.deliveryId} was recorded with other details`, {
      contractId: data.contractId,
      deliveryId: data.deliveryId,
    });
  }
  if (data.feedType !== contract.feedType) {
    throw new InvariantViolated(
      'feed_type_mismatch',
      `contract ${contract.contractId} covers ${contract.feedType}, not ${data.feedType}`,
      {
        contractFeedType: contract.feedType,
      },
    );
  }
  if (data.deliveredOn < contract.validFrom || data.deliveredOn > contract.validTo) {
    throw new InvariantViolated('outside_contract_period', `${data.deliveredOn} is outside the contract period`, {
      validFrom: contract.validFrom,
      validTo: contract.validTo,
    });
  }
  const remainingKg = contract.volumeKg - state.deliveredKg;
  if (data.kg > remainingKg) {
    throw new InvariantViolated(
      'contract_volume_exceeded',
      `${data.kg} kg exceeds the ${remainingKg} kg left on the contract`,
      {
        volumeKg: contract.volumeKg,
        deliveredKg: state.deliveredKg,
        remainingKg,
        requestedKg: data.kg,
      },
    );
  }
  return [delivered];
}

/** Flat records with the same fields and values, whatever their key order. */
function sameFacts<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(b) as (keyof T)[];
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
