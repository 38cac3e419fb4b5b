import { EGGS_PER_TRAY, SIZE_CLASSES } from '@khai/contracts';
import { fold, KhaiError } from '@khai/core';
import fc from 'fast-check';

import { type ConfirmSalesOrder, type SalesOrderCommand, salesOrderDecider as decider } from './sales-order.decider';
import { PAYMENT_METHODS, type SalesOrderEvent } from './sales-order.events';
import { outstandingSatang } from './sales-order.state';

const orderId = 'SO1';
const day = fc.integer({ min: 10, max: 28 }).map((d) => `2026-11-${d}`);

const order: fc.Arbitrary<ConfirmSalesOrder> = fc
  .uniqueArray(
    fc.record({
      size: fc.constantFrom(...SIZE_CLASSES),
      trays: fc.integer({ min: 1, max: 500 }),
      satangPerEgg: fc.integer({ min: 1, max: 600 }),
    }),
    { selector: (l) => l.size, minLength: 1 },
  )
  .map((lines) => ({
    type: 'ConfirmSalesOrder',
    data: { orderId, buyerId: 'B1', orderedOn: '2026-11-15', deliveryOn: '2026-11-20', lines },
  }));

const command: fc.Arbitrary<SalesOrderCommand> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        paymentId: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5', 'P6'),
        paidOn: day,
        // Up to the largest order value, so that some payments overpay.
        amountSatang: fc.oneof(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 2_000_000 })),
        method: fc.constantFrom(...PAYMENT_METHODS),
      })
      .map((d) => ({ type: 'RecordBuyerPayment' as const, data: { orderId, ...d } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ cancelledOn: day, reason: fc.constantFrom('buyer cancelled', '') })
      .map((d) => ({ type: 'CancelSalesOrder' as const, data: { orderId, ...d } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ shipmentId: fc.constantFrom('SH1', 'SH2'), dispatchedOn: day })
      .map((d) => ({ type: 'RecordSalesOrderDispatch' as const, data: { orderId, ...d } })),
  },
);

describe('sales order money (properties)', () => {
  it('paid never exceeds the value, outstanding = value − paid, and replay gives the same state', () => {
    fc.assert(
      fc.property(order, fc.array(command, { maxLength: 30 }), (confirm, commands) => {
        const accepted: SalesOrderEvent[] = [...decider.decide(confirm, decider.initialState)];
        let state = fold(decider, accepted);
        for (const cmd of commands) {
          try {
            const events = decider.decide(cmd, state);
            accepted.push(...events);
            state = events.reduce(decider.evolve, state);
          } catch (error) {
            if (!(error instanceof KhaiError)) throw error;
          }
          if (state.status === 'none') throw new Error('the order was confirmed');
          const value = confirm.data.lines.reduce((t, l) => t + l.trays * EGGS_PER_TRAY * l.satangPerEgg, 0);
          expect(state.order.valueSatang).toBe(value);
          expect(state.paidSatang).toBe(state.payments.reduce((t, p) => t + p.amountSatang, 0));
          expect(state.paidSatang).toBeLessThanOrEqual(value);
          expect(outstandingSatang(state)).toBe(value - state.paidSatang);
          expect(outstandingSatang(state)).toBeGreaterThanOrEqual(0);
          expect(new Set(state.payments.map((p) => p.paymentId)).size).toBe(state.payments.length);
          if (state.status === 'cancelled') expect(state.dispatches).toEqual([]);
        }
        expect(fold(decider, accepted)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
