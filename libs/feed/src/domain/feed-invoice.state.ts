import type { FeedInvoiceEvent, FeedInvoicePaid, FeedInvoiceReceived } from './feed-invoice.events';

interface Invoiced {
  readonly invoice: FeedInvoiceReceived['data'];
  readonly payments: ReadonlyMap<string, FeedInvoicePaid['data']>;
  readonly paidSatang: number;
}

/** `received` while something is owed, `paid` once the total is paid. */
export type FeedInvoiceState =
  { readonly status: 'none' } | ({ readonly status: 'received' } & Invoiced) | ({ readonly status: 'paid' } & Invoiced);

export const initialFeedInvoiceState: FeedInvoiceState = { status: 'none' };

export function outstandingSatang(state: Exclude<FeedInvoiceState, { status: 'none' }>): number {
  return state.invoice.totalSatang - state.paidSatang;
}

export function evolveFeedInvoice(state: FeedInvoiceState, event: FeedInvoiceEvent): FeedInvoiceState {
  switch (event.type) {
    case 'FeedInvoiceReceived':
      // An invoice for nothing owes nothing: it is paid from the start.
      return {
        status: event.data.totalSatang > 0 ? 'received' : 'paid',
        invoice: event.data,
        payments: new Map(),
        paidSatang: 0,
      };
    case 'FeedInvoicePaid': {
      if (state.status === 'none') return state;
      // The running total is summed from the amounts; the event's outstanding is for readers.
      const paidSatang = state.paidSatang + event.data.amountSatang;
      return {
        ...state,
        status: paidSatang >= state.invoice.totalSatang ? 'paid' : 'received',
        payments: new Map(state.payments).set(event.data.paymentId, event.data),
        paidSatang,
      };
    }
  }
}
