import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { feedInvoiceDecider, type ReceiveFeedInvoice, type RecordFeedInvoicePayment } from './feed-invoice.decider';
import type { FeedInvoicePaid, FeedInvoiceReceived } from './feed-invoice.events';

const invoice: FeedInvoiceReceived['data'] = {
  invoiceId: 'INV-CPF-0042',
  supplierId: 'SUP-CPF',
  contractId: 'FC-2026-01',
  contractPricePerKgSatang: 1450,
  deliveryIds: ['D-001', 'D-002'],
  invoicedOn: '2026-01-31',
  dueOn: '2026-03-01',
  lines: [
    { deliveryId: 'D-001', kg: 2000, pricePerKgSatang: 1450, amountSatang: 2_900_000 },
    { deliveryId: 'D-002', kg: 2800, pricePerKgSatang: 1450, amountSatang: 4_060_000 },
  ],
  vatSatang: 487_200,
  totalSatang: 7_447_200,
};
const receive: ReceiveFeedInvoice = { type: 'ReceiveFeedInvoice', data: invoice };
const received: FeedInvoiceReceived = { type: 'FeedInvoiceReceived', data: invoice };
const withInvoice = (data: Partial<FeedInvoiceReceived['data']>): ReceiveFeedInvoice => ({
  ...receive,
  data: { ...invoice, ...data },
});
const [line1, line2] = invoice.lines;
if (!line1 || !line2) throw new Error('the example invoice has two lines');

const pay: RecordFeedInvoicePayment = {
  type: 'RecordFeedInvoicePayment',
  data: { invoiceId: 'INV-CPF-0042', paymentId: 'PAY-001', paidOn: '2026-02-15', amountSatang: 5_000_000 },
};
const paid: FeedInvoicePaid = { type: 'FeedInvoicePaid', data: { ...pay.data, outstandingSatang: 2_447_200 } };
const withPay = (data: Partial<RecordFeedInvoicePayment['data']>): RecordFeedInvoicePayment => ({
  ...pay,
  data: { ...pay.data, ...data },
});

describe('receiving a supplier invoice', () => {
  it('records an invoice that adds up to the satang at the contract price', () => {
    given(feedInvoiceDecider).when(receive).then([received]);
  });

  it('accepts an invoice without VAT', () => {
    const noVat = { ...invoice, vatSatang: 0, totalSatang: 6_960_000 };
    given(feedInvoiceDecider)
      .when({ ...receive, data: noVat })
      .then([{ type: 'FeedInvoiceReceived', data: noVat }]);
  });

  it('is a no-op when the same invoice is sent again', () => {
    given(feedInvoiceDecider, [received]).when(receive).thenNothing();
  });

  it('refuses other details under an invoice id already used', () => {
    given(feedInvoiceDecider, [received])
      .when(withInvoice({ dueOn: '2026-03-02' }))
      .thenThrows(Conflict, 'invoice_already_received');
  });

  it('refuses a line that is not kg × price, by one satang', () => {
    const error = given(feedInvoiceDecider)
      .when(withInvoice({ lines: [line1, { ...line2, amountSatang: 4_060_001 }], totalSatang: 7_447_201 }))
      .thenThrows(InvariantViolated, 'invoice_does_not_add_up');
    expect(error.details).toMatchObject({ deliveryId: 'D-002', expectedAmountSatang: 4_060_000 });
  });

  it('refuses a total that is not the lines plus VAT', () => {
    const error = given(feedInvoiceDecider)
      .when(withInvoice({ totalSatang: 7_447_199 }))
      .thenThrows(InvariantViolated, 'invoice_does_not_add_up');
    expect(error.details).toMatchObject({ expectedTotalSatang: 7_447_200, totalSatang: 7_447_199 });
  });

  it('refuses a negative VAT', () => {
    given(feedInvoiceDecider)
      .when(withInvoice({ vatSatang: -1, totalSatang: 6_959_999 }))
      .thenThrows(InvariantViolated, 'invoice_does_not_add_up');
  });

  it('refuses a line priced off the contract, even when it adds up', () => {
    const dearer = { ...line2, pricePerKgSatang: 1500, amountSatang: 4_200_000 };
    const error = given(feedInvoiceDecider)
      .when(withInvoice({ lines: [line1, dearer], totalSatang: 7_587_200 }))
      .thenThrows(InvariantViolated, 'invoice_price_mismatch');
    expect(error.details).toEqual({
      deliveryId: 'D-002',
      invoicedPricePerKgSatang: 1500,
      contractPricePerKgSatang: 1450,
    });
  });

  it.each([
    ['a delivery without a line', { deliveryIds: ['D-001', 'D-002', 'D-003'] }],
    ['a line for a delivery not listed', { deliveryIds: ['D-001'] }],
    ['a delivery listed twice', { deliveryIds: ['D-001', 'D-002', 'D-002'] }],
    ['no lines at all', { deliveryIds: [], lines: [], totalSatang: 487_200 }],
  ])('refuses %s', (_, change) => {
    given(feedInvoiceDecider)
      .when(withInvoice(change))
      .thenThrows(InvariantViolated, 'invoice_lines_do_not_match_deliveries');
  });

  it('refuses a due date before the invoice date', () => {
    given(feedInvoiceDecider)
      .when(withInvoice({ dueOn: '2026-01-30' }))
      .thenThrows(InvariantViolated, 'invalid_due_date');
  });
});

describe('paying a supplier invoice', () => {
  it('records a part payment and what is still owed', () => {
    given(feedInvoiceDecider, [received]).when(pay).then([paid]);
  });

  it('records the payment that settles the invoice', () => {
    given(feedInvoiceDecider, [received, paid])
      .when(withPay({ paymentId: 'PAY-002', amountSatang: 2_447_200 }))
      .then([
        {
          type: 'FeedInvoicePaid',
          data: { ...pay.data, paymentId: 'PAY-002', amountSatang: 2_447_200, outstandingSatang: 0 },
        },
      ]);
  });

  it('is a no-op when the same payment is sent again, even once the invoice is paid', () => {
    const rest: FeedInvoicePaid = {
      type: 'FeedInvoicePaid',
      data: { ...pay.data, paymentId: 'PAY-002', amountSatang: 2_447_200, outstandingSatang: 0 },
    };
    given(feedInvoiceDecider, [received, paid, rest]).when(pay).thenNothing();
  });

  it('refuses other details under a payment id already used', () => {
    given(feedInvoiceDecider, [received, paid])
      .when(withPay({ amountSatang: 1 }))
      .thenThrows(Conflict, 'payment_already_recorded');
  });

  it('refuses a payment for an unknown invoice', () => {
    given(feedInvoiceDecider).when(pay).thenThrows(NotFound, 'invoice_not_found');
  });

  it('refuses to pay more than is outstanding, by one satang', () => {
    const error = given(feedInvoiceDecider, [received, paid])
      .when(withPay({ paymentId: 'PAY-002', amountSatang: 2_447_201 }))
      .thenThrows(InvariantViolated, 'invoice_overpaid');
    expect(error.details).toEqual({
      totalSatang: 7_447_200,
      paidSatang: 5_000_000,
      outstandingSatang: 2_447_200,
      requestedSatang: 2_447_201,
    });
  });

  it.each([
    [{ amountSatang: 0 }, 'invalid_payment_amount'],
    [{ amountSatang: 1.5 }, 'invalid_payment_amount'],
    [{ paidOn: '2026-01-30' }, 'payment_before_invoice'],
  ])('refuses %j (%s)', (change, code) => {
    given(feedInvoiceDecider, [received]).when(withPay(change)).thenThrows(InvariantViolated, code);
  });
});

describe('invoice status', () => {
  const fold = (events: (FeedInvoiceReceived | FeedInvoicePaid)[]) =>
    events.reduce(feedInvoiceDecider.evolve, feedInvoiceDecider.initialState);

  it('is received while something is owed and paid once it is all paid', () => {
    expect(fold([received, paid]).status).toBe('received');
    const rest: FeedInvoicePaid = {
      type: 'FeedInvoicePaid',
      data: { ...pay.data, paymentId: 'PAY-002', amountSatang: 2_447_200, outstandingSatang: 0 },
    };
    expect(fold([received, paid, rest]).status).toBe('paid');
  });
});
