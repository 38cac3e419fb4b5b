import type { SaleEvent, SaleRecorded } from './sale.events';

export type SaleState =
  { readonly status: 'none' } | { readonly status: 'recorded'; readonly sale: SaleRecorded['data'] };

export const initialSaleState: SaleState = { status: 'none' };

export function evolveSale(state: SaleState, event: SaleEvent): SaleState {
  switch (event.type) {
    case 'SaleRecorded':
      return state.status === 'none' ? { status: 'recorded', sale: event.data } : state;
  }
}
