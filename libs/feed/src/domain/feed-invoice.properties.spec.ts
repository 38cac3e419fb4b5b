import { fold, KhaiError } from '@khai/core';
import fc from 'fast-check';

import { feedInvoiceDecider, type RecordFeedInvoicePayment } from './feed-invoice.decider';
import type { FeedInvoiceEvent, FeedInvoiceLine, FeedInvoiceReceived } from './feed-invoice.events';
import { type FeedInvoiceState, outstandingSatang } from './feed-invoice.state';

const PRICE = 1450;

// Lines that add up, then — for some invoices — a total or a line that is off by a little.
const lines = fc
  .uniqueArray(
    fc.record({
      deliveryId: fc.constantFrom('D-1', 'D-2', 'D-3', 'D-4', 'D-5'),
      kg: fc.integer({ min: 1, max: 20_000 }),
    }),
    {
      selector: (line) => line.deliveryId,
      minLength: 1,
    },
  )
  .map((ls): FeedInvoiceLine[] =>
    ls.map(({ deliveryId, kg }) => ({ deliveryId, kg, pricePerKgSatang: PRICE, amountSatang: kg * PRICE })),
  );
const invoice = fc
  .record({
    lines,
    vatSatang: fc.nat(2_000_000),
    totalOff: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -3, max: 3 })),
    lineOff: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -3, max: 3 })),
  })
  .map(({ lines: ls, vatSatang, totalOff, lineOff }) => {
    const [first, ...rest] = ls;
    const shown = first ? [{ ...first, amountSatang: first.amountSatang + lineOff }, ...rest] : rest;
    const data: FeedInvoiceReceived['data'] = {
      invoiceId: 'INV-P',
      supplierId: 'SUP-P',
      contractId: 'FC-P',
      contractPricePerKgSatang: PRICE,
      deliveryIds: ls.map((l) => l.deliveryId),
      invoicedOn: '2026-01-31',
      dueOn: '2026-03-01',
      lines: shown,
      vatSatang,
      totalSatang: shown.reduce((sum, l) => sum + l.amountSatang, 0) + vatSatang + totalOff,
    };
    return { data, addsUp: totalOff === 0 && lineOff === 0 };
  });
const payments = fc.array(
  fc.record({
    paymentId: fc.constantFrom('P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6'),
    amountSatang: fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 60_000_000 })),
  }),
  { maxLength: 12 },
);

function assertMoneyAddsUp(state: FeedInvoiceState): void {
  if (state.status === 'none') return;
  const total = state.invoice.totalSatang;
  const paid = [...state.payments.values()].reduce((sum, p) => sum + p.amountSatang, 0);
  expect(state.paidSatang).toBe(paid);
  expect(paid).toBeLessThanOrEqual(total);
  expect(outstandingSatang(state)).toBe(total - paid);
  expect(state.status).toBe(total - paid === 0 ? 'paid' : 'received');
}

describe('feed invoice money (property)', () => {
  it('receives an invoice exactly when it adds up, and never lets paid exceed the total', () => {
    fc.assert(
      fc.property(invoice, payments, ({ data, addsUp }, pays) => {
        let state = feedInvoiceDecider.initialState;
        const accepted: FeedInvoiceEvent[] = [];
        const commands = [
          { type: 'ReceiveFeedInvoice', data } as const,
          ...pays.map((p): RecordFeedInvoicePayment => ({
            type: 'RecordFeedInvoicePayment',
            data: { invoiceId: 'INV-P', paymentId: p.paymentId, paidOn: '2026-02-10', amountSatang: p.amountSatang },
          })),
        ];
        for (const command of commands) {
          const before = state;
          let events: readonly FeedInvoiceEvent[];
          try {
            events = feedInvoiceDecider.decide(command, state);
          } catch (error) {
            if (!(error instanceof KhaiError)) throw error;
            if (command.type === 'ReceiveFeedInvoice') expect(error.code).toBe('invoice_does_not_add_up');
            else if (before.status !== 'none' && !before.payments.has(command.data.paymentId)) {
              expect(error.code).toBe('invoice_overpaid');
              expect(command.data.amountSatang).toBeGreaterThan(outstandingSatang(before));
            }
            continue;
          }
          if (command.type === 'ReceiveFeedInvoice') expect(addsUp).toBe(true);
          for (const event of events) {
            state = feedInvoiceDecider.evolve(state, event);
            // What the event says is outstanding is what the state says.
            if (event.type === 'FeedInvoicePaid' && state.status !== 'none') {
              expect(event.data.outstandingSatang).toBe(outstandingSatang(state));
            }
          }
          // A new payment is accepted exactly when it fits what was outstanding.
          if (command.type === 'RecordFeedInvoicePayment' && events.length > 0 && before.status !== 'none') {
            expect(command.data.amountSatang).toBeLessThanOrEqual(outstandingSatang(before));
          }
          accepted.push(...events);
          assertMoneyAddsUp(state);
          expect(fold(feedInvoiceDecider, accepted)).toEqual(state);
        }
        if (!addsUp) expect(state.status).toBe('none');
      }),
      { numRuns: 300 },
    );
  });
});
