import { aggregate, assertNever, Conflict, type Decider, InvariantViolated, NotFound, sameFacts } from '@khai/core';

import type { FeedInvoiceEvent, FeedInvoicePaid, FeedInvoiceReceived } from './feed-invoice.events';
import {
  evolveFeedInvoice,
  type FeedInvoiceState,
  initialFeedInvoiceState,
  outstandingSatang,
} from './feed-invoice.state';

export type ReceiveFeedInvoice = {
  readonly type: 'ReceiveFeedInvoice';
  readonly data: FeedInvoiceReceived['data'];
};

export type RecordFeedInvoicePayment = {
  readonly type: 'RecordFeedInvoicePayment';
  readonly data: Omit<FeedInvoicePaid['data'], 'outstandingSatang'>;
};

export type FeedInvoiceCommand = ReceiveFeedInvoice | RecordFeedInvoicePayment;

export const feedInvoiceDecider: Decider<FeedInvoiceCommand, FeedInvoiceEvent, FeedInvoiceState> = {
  initialState: initialFeedInvoiceState,
  evolve: evolveFeedInvoice,
  decide(command, state) {
    switch (command.type) {
      case 'ReceiveFeedInvoice':
        return receive(command.data, state);
      case 'RecordFeedInvoicePayment':
        return pay(command.data, state);
      default:
        return assertNever(command);
    }
  },
};

function receive(data: ReceiveFeedInvoice['data'], state: FeedInvoiceState): FeedInvoiceEvent[] {
  assertLinesMatchDeliveries(data);
  assertAddsUp(data);
  const offPrice = data.lines.find((line) => line.pricePerKgSatang !== data.contractPricePerKgSatang);
  if (offPrice) {
    throw new InvariantViolated(
      'invoice_price_mismatch',
      `delivery ${offPrice.deliveryId} is invoiced at ${offPrice.pricePerKgSatang}, the contract says ${data.contractPricePerKgSatang} satang/kg`,
      {
        deliveryId: offPrice.deliveryId,
        invoicedPricePerKgSatang: offPrice.pricePerKgSatang,
        contractPricePerKgSatang: data.contractPricePerKgSatang,
      },
    );
  }
  if (data.dueOn < data.invoicedOn) {
    throw new InvariantViolated('invalid_due_date', 'dueOn must not be before invoicedOn', {
      invoicedOn: data.invoicedOn,
      dueOn: data.dueOn,
    });
  }
  if (state.status === 'none') return [{ type: 'FeedInvoiceReceived', data }];
  if (sameFacts(state.invoice, data)) return [];
  throw new Conflict('invoice_already_received', `invoice ${data.invoiceId} was received with other details`, {
    invoiceId: data.invoiceId,
  });
}

/** One line per invoiced delivery, and no delivery twice. */
function assertLinesMatchDeliveries(data: ReceiveFeedInvoice['data']): void {
  const listed = new Set(data.deliveryIds);
  const lined = data.lines.map((line) => line.deliveryId);
  const matches =
    data.lines.length > 0 &&
    listed.size === data.deliveryIds.length &&
    new Set(lined).size === lined.length &&
    lined.length === listed.size &&
    lined.every((id) => listed.has(id));
  if (!matches) {
    throw new InvariantViolated(
      'invoice_lines_do_not_match_deliveries',
      'an invoice needs exactly one line per delivery it lists, and each delivery once',
      { deliveryIds: data.deliveryIds, lineDeliveryIds: lined },
    );
  }
}

/** Money adds up to the satang: each line is kg × price, the total is the lines plus VAT. */
function assertAddsUp(data: ReceiveFeedInvoice['data']): void {
  const offLine = data.lines.find((line) => line.amountSatang !== line.kg * line.pricePerKgSatang);
  if (offLine) {
    throw new InvariantViolated(
      'invoice_does_not_add_up',
      `line for delivery ${offLine.deliveryId} is not kg × price`,
      {
        deliveryId: offLine.deliveryId,
        expectedAmountSatang: offLine.kg * offLine.pricePerKgSatang,
        amountSatang: offLine.amountSatang,
      },
    );
  }
  const linesSatang = data.lines.reduce((sum, line) => sum + line.amountSatang, 0);
  if (data.vatSatang < 0 || data.totalSatang !== linesSatang + data.vatSatang) {
    throw new InvariantViolated('invoice_does_not_add_up', 'the total is not the lines plus VAT', {
      linesSatang,
      vatSatang: data.vatSatang,
      expectedTotalSatang: linesSatang + data.vatSatang,
      totalSatang: data.totalSatang,
    });
  }
}

function pay(data: RecordFeedInvoicePayment['data'], state: FeedInvoiceState): FeedInvoiceEvent[] {
  if (state.status === 'none') {
    throw new NotFound(`no feed invoice ${data.invoiceId}`, { invoiceId: data.invoiceId }, 'invoice_not_found');
  }
  // A resent payment is a no-op even once the invoice is paid in full.
  const earlier = state.payments.get(data.paymentId);
  if (earlier) {
    const { invoiceId, paymentId, paidOn, amountSatang } = earlier;
    if (sameFacts({ invoiceId, paymentId, paidOn, amountSatang }, data)) return [];
    throw new Conflict('payment_already_recorded', `payment ${data.paymentId} was recorded with other details`, {
      invoiceId: data.invoiceId,
      paymentId: data.paymentId,
    });
  }
  if (!Number.isInteger(data.amountSatang) || data.amountSatang < 1) {
    throw new InvariantViolated('invalid_payment_amount', 'a payment is a whole number of satang, 1 or more', {
      amountSatang: data.amountSatang,
    });
  }
  if (data.paidOn < state.invoice.invoicedOn) {
    throw new InvariantViolated('payment_before_invoice', 'an invoice cannot be paid before it was issued', {
      invoicedOn: state.invoice.invoicedOn,
      paidOn: data.paidOn,
    });
  }
  const outstanding = outstandingSatang(state);
  if (data.amountSatang > outstanding) {
    throw new InvariantViolated(
      'invoice_overpaid',
      `${data.amountSatang} satang exceeds the ${outstanding} satang outstanding`,
      {
        totalSatang: state.invoice.totalSatang,
        paidSatang: state.paidSatang,
        outstandingSatang: outstanding,
        requestedSatang: data.amountSatang,
      },
    );
  }
  return [{ type: 'FeedInvoicePaid', data: { ...data, outstandingSatang: outstanding - data.amountSatang } }];
}

/** Supplier invoices live in the `feedinvoice` stream category. */
export const feedInvoice = aggregate('feedinvoice', feedInvoiceDecider);
