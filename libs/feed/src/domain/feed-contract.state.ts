import type { FeedContractAgreed, FeedContractEvent, FeedDelivered } from './feed-contract.events';

export type FeedContractState =
  | { readonly status: 'none' }
  | {
      readonly status: 'agreed';
      readonly contract: FeedContractAgreed['data'];
      readonly deliveries: ReadonlyMap<string, FeedDelivered['data']>;
      readonly deliveredKg: number;
    };

export const initialFeedContractState: FeedContractState = { status: 'none' };

export function evolveFeedContract(state: FeedContractState, event: FeedContractEvent): FeedContractState {
  switch (event.type) {
    case 'FeedContractAgreed':
      return { status: 'agreed', contract: event.data, deliveries: new Map(), deliveredKg: 0 };
    case 'FeedDelivered':
      if (state.status === 'none') return state;
      return {
        ...state,
        deliveries: new Map(state.deliveries).set(event.data.deliveryId, event.data),
        deliveredKg: state.deliveredKg + event.data.kg,
      };
  }
}
