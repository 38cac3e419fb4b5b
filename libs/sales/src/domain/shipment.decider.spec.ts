import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import {
  type ConfirmDelivery,
  type ConfirmShipmentAllocated,
  type DispatchShipment,
  type PlanShipment,
  type RefuseShipment,
  shipmentDecider as decider,
} from './shipment.decider';
import type {
  DeliveryConfirmed,
  ShipmentAllocated,
  ShipmentDispatched,
  ShipmentPlanned,
  ShipmentRefused,
} from './shipment.events';

const plan: PlanShipment = {
  type: 'PlanShipment',
  data: {
    shipmentId: 'SH-0001',
    orderId: 'SO-0001',
    buyerId: 'B-makro-cm',
    plannedOn: '2026-11-25',
    items: [
      { lotId: 'L20261124-F02', size: 2, trays: 16 },
      { lotId: 'L20261124-F01', size: 3, trays: 50 },
      { lotId: 'L20261124-F01', size: 2, trays: 50 },
    ],
  },
};
const planned: ShipmentPlanned = {
  type: 'ShipmentPlanned',
  data: {
    shipmentId: 'SH-0001',
    orderId: 'SO-0001',
    buyerId: 'B-makro-cm',
    plannedOn: '2026-11-25',
    items: [
      { lotId: 'L20261124-F01', size: 2, trays: 50, eggs: 1500 },
      { lotId: 'L20261124-F01', size: 3, trays: 50, eggs: 1500 },
      { lotId: 'L20261124-F02', size: 2, trays: 16, eggs: 480 },
    ],
    totalTrays: 116,
    totalEggs: 3480,
  },
};
const allocate: ConfirmShipmentAllocated = {
  type: 'ConfirmShipmentAllocated',
  data: { shipmentId: 'SH-0001', allocatedOn: '2026-11-25' },
};
const allocated: ShipmentAllocated = { type: 'ShipmentAllocated', data: { ...allocate.data, orderId: 'SO-0001' } };
const refuse: RefuseShipment = {
  type: 'RefuseShipment',
  data: {
    shipmentId: 'SH-0001',
    refusedOn: '2026-11-25',
    reason: 'lot L20261124-F02 has only 10 trays of size 2 packed',
  },
};
const refused: ShipmentRefused = { type: 'ShipmentRefused', data: { ...refuse.data, orderId: 'SO-0001' } };
const dispatch: DispatchShipment = {
  type: 'DispatchShipment',
  data: { shipmentId: 'SH-0001', dispatchedOn: '2026-11-26', vehicle: 'ชม 1234' },
};
const dispatched: ShipmentDispatched = {
  type: 'ShipmentDispatched',
  data: {
    shipmentId: 'SH-0001',
    orderId: 'SO-0001',
    buyerId: 'B-makro-cm',
    dispatchedOn: '2026-11-26',
    vehicle: 'ชม 1234',
  },
};
const deliver: ConfirmDelivery = {
  type: 'ConfirmDelivery',
  data: {
    shipmentId: 'SH-0001',
    deliveredOn: '2026-11-26',
    recount: [
      { size: 3, trays: 50 },
      { size: 2, trays: 64 },
    ],
    claims: [
      { reason: 'SHORT', size: 2, eggs: 60, amountSatang: 21_900 },
      { reason: 'BROKEN', size: 3, eggs: 12, amountSatang: 4_140 },
      { reason: 'BROKEN', size: 2, eggs: 5, amountSatang: 1_825 },
    ],
  },
};
const delivered: DeliveryConfirmed = {
  type: 'DeliveryConfirmed',
  data: {
    shipmentId: 'SH-0001',
    orderId: 'SO-0001',
    buyerId: 'B-makro-cm',
    deliveredOn: '2026-11-26',
    recount: [
      { size: 2, shippedTrays: 66, recountedTrays: 64, shortTrays: 2 },
      { size: 3, shippedTrays: 50, recountedTrays: 50, shortTrays: 0 },
    ],
    claims: [
      { reason: 'SHORT', size: 2, eggs: 60, amountSatang: 21_900 },
      { reason: 'BROKEN', size: 2, eggs: 5, amountSatang: 1_825 },
      { reason: 'BROKEN', size: 3, eggs: 12, amountSatang: 4_140 },
    ],
    shortTrays: 2,
    claimedSatang: 27_865,
  },
};
const withDelivery = (data: Partial<ConfirmDelivery['data']>): ConfirmDelivery => ({
  ...deliver,
  data: { ...deliver.data, ...data },
});

describe('planning a shipment', () => {
  it('records the items by lot and size, with eggs and totals', () => {
    given(decider).when(plan).then([planned]);
  });

  it('is a no-op when planned again in any item order', () => {
    given(decider, [planned])
      .when({ ...plan, data: { ...plan.data, items: [...plan.data.items].reverse() } })
      .thenNothing();
  });

  it('refuses a different plan under the same id', () => {
    given(decider, [planned])
      .when({ ...plan, data: { ...plan.data, items: [{ lotId: 'L1', size: 2, trays: 1 }] } })
      .thenThrows(Conflict, 'shipment_already_planned');
  });

  it('refuses no items, a lot and size twice, and zero trays', () => {
    given(decider)
      .when({ ...plan, data: { ...plan.data, items: [] } })
      .thenThrows(InvariantViolated, 'shipment_has_no_items');
    given(decider)
      .when({
        ...plan,
        data: { ...plan.data, items: [...plan.data.items, { lotId: 'L20261124-F01', size: 3, trays: 1 }] },
      })
      .thenThrows(InvariantViolated, 'duplicate_item');
    given(decider)
      .when({ ...plan, data: { ...plan.data, items: [{ lotId: 'L1', size: 3, trays: 0 }] } })
      .thenThrows(InvariantViolated, 'invalid_item');
  });
});

describe('allocating or refusing a planned shipment (process manager)', () => {
  it('allocates a planned shipment', () => {
    given(decider, [planned]).when(allocate).then([allocated]);
  });

  it('refuses a planned shipment with the reason', () => {
    given(decider, [planned]).when(refuse).then([refused]);
  });

  it('is a no-op when the same answer comes again, also after dispatch', () => {
    given(decider, [planned, allocated]).when(allocate).thenNothing();
    given(decider, [planned, allocated, dispatched]).when(allocate).thenNothing();
    given(decider, [planned, refused]).when(refuse).thenNothing();
  });

  it('answers only a planned shipment', () => {
    given(decider, [planned, refused]).when(allocate).thenThrows(Conflict, 'shipment_not_planned');
    given(decider, [planned, allocated]).when(refuse).thenThrows(Conflict, 'shipment_not_planned');
    given(decider, [planned, allocated])
      .when({ ...allocate, data: { ...allocate.data, allocatedOn: '2026-11-26' } })
      .thenThrows(Conflict, 'shipment_not_planned');
    given(decider).when(allocate).thenThrows(NotFound, 'shipment_not_found');
    given(decider).when(refuse).thenThrows(NotFound, 'shipment_not_found');
  });

  it('refuses dates before the plan and a blank reason', () => {
    given(decider, [planned])
      .when({ ...allocate, data: { ...allocate.data, allocatedOn: '2026-11-24' } })
      .thenThrows(InvariantViolated, 'date_out_of_order');
    given(decider, [planned])
      .when({ ...refuse, data: { ...refuse.data, refusedOn: '2026-11-24' } })
      .thenThrows(InvariantViolated, 'date_out_of_order');
    given(decider, [planned])
      .when({ ...refuse, data: { ...refuse.data, reason: ' ' } })
      .thenThrows(InvariantViolated, 'reason_required');
  });
});

describe('dispatching a shipment: nothing ships that was not packed', () => {
  it('dispatches an allocated shipment, with or without a vehicle', () => {
    given(decider, [planned, allocated]).when(dispatch).then([dispatched]);
    given(decider, [planned, allocated])
      .when({ ...dispatch, data: { shipmentId: 'SH-0001', dispatchedOn: '2026-11-26' } })
      .then([{ ...dispatched, data: { ...dispatched.data, vehicle: null } }]);
  });

  it('is a no-op when dispatched again identically, also after delivery', () => {
    given(decider, [planned, allocated, dispatched]).when(dispatch).thenNothing();
    given(decider, [planned, allocated, dispatched, delivered]).when(dispatch).thenNothing();
  });

  it('refuses a planned or refused shipment', () => {
    given(decider, [planned]).when(dispatch).thenThrows(Conflict, 'shipment_not_allocated');
    given(decider, [planned, refused]).when(dispatch).thenThrows(Conflict, 'shipment_not_allocated');
  });

  it('refuses a different dispatch, a date before allocation and an unknown shipment', () => {
    given(decider, [planned, allocated, dispatched])
      .when({ ...dispatch, data: { ...dispatch.data, vehicle: 'other' } })
      .thenThrows(Conflict, 'shipment_already_dispatched');
    given(decider, [planned, allocated])
      .when({ ...dispatch, data: { ...dispatch.data, dispatchedOn: '2026-11-24' } })
      .thenThrows(InvariantViolated, 'date_out_of_order');
    given(decider).when(dispatch).thenThrows(NotFound, 'shipment_not_found');
  });
});

describe('confirming delivery', () => {
  const history = [planned, allocated, dispatched];

  it('records the recount per size with the shortfall, and the claims in satang', () => {
    given(decider, history).when(deliver).then([delivered]);
  });

  it('records a clean delivery', () => {
    given(decider, history)
      .when(
        withDelivery({
          recount: [
            { size: 2, trays: 66 },
            { size: 3, trays: 50 },
          ],
          claims: [],
        }),
      )
      .then([
        {
          ...delivered,
          data: {
            ...delivered.data,
            recount: [
              { size: 2, shippedTrays: 66, recountedTrays: 66, shortTrays: 0 },
              { size: 3, shippedTrays: 50, recountedTrays: 50, shortTrays: 0 },
            ],
            claims: [],
            shortTrays: 0,
            claimedSatang: 0,
          },
        },
      ]);
  });

  it('is a no-op when confirmed again identically', () => {
    given(decider, [...history, delivered])
      .when(deliver)
      .thenNothing();
  });

  it('refuses a different confirmation once delivered', () => {
    given(decider, [...history, delivered])
      .when(withDelivery({ claims: [] }))
      .thenThrows(Conflict, 'delivery_already_confirmed');
  });

  it('refuses a delivery before dispatch', () => {
    given(decider, [planned, allocated]).when(deliver).thenThrows(Conflict, 'shipment_not_dispatched');
    given(decider, [planned, refused]).when(deliver).thenThrows(Conflict, 'shipment_not_dispatched');
    given(decider).when(deliver).thenThrows(NotFound, 'shipment_not_found');
  });

  it('refuses a recount that does not match the shipped sizes', () => {
    const refuse = (data: Partial<ConfirmDelivery['data']>, code: string) =>
      given(decider, history).when(withDelivery(data)).thenThrows(InvariantViolated, code);
    refuse({ recount: [{ size: 2, trays: 66 }], claims: [] }, 'recount_missing_size');
    refuse({ recount: [...deliver.data.recount, { size: 4, trays: 1 }] }, 'size_not_shipped');
    refuse({ recount: [...deliver.data.recount, { size: 3, trays: 1 }] }, 'duplicate_size_class');
    refuse(
      {
        recount: [
          { size: 2, trays: 67 },
          { size: 3, trays: 50 },
        ],
        claims: [],
      },
      'recount_exceeds_shipped',
    );
    refuse(
      {
        recount: [
          { size: 2, trays: -1 },
          { size: 3, trays: 50 },
        ],
        claims: [],
      },
      'invalid_recount',
    );
  });

  it('refuses claims that do not match what was shipped, missed or received', () => {
    const refuse = (claims: ConfirmDelivery['data']['claims'], code: string) =>
      given(decider, history).when(withDelivery({ claims })).thenThrows(InvariantViolated, code);
    refuse([{ reason: 'BROKEN', size: 5, eggs: 1, amountSatang: 300 }], 'size_not_shipped');
    refuse(
      [
        { reason: 'DIRTY', size: 3, eggs: 1, amountSatang: 300 },
        { reason: 'DIRTY', size: 3, eggs: 2, amountSatang: 600 },
      ],
      'duplicate_claim',
    );
    refuse([{ reason: 'SHORT', size: 2, eggs: 61, amountSatang: 1 }], 'short_claim_exceeds_shortfall');
    refuse([{ reason: 'SHORT', size: 3, eggs: 1, amountSatang: 1 }], 'short_claim_exceeds_shortfall');
    refuse([{ reason: 'QUALITY', size: 2, eggs: 64 * 30 + 1, amountSatang: 1 }], 'claims_exceed_received');
    refuse([{ reason: 'LATE', size: 2, eggs: 0, amountSatang: 1 }], 'invalid_claim');
    refuse([{ reason: 'LATE', size: 2, eggs: 1, amountSatang: 0.5 }], 'invalid_claim');
    refuse([{ reason: 'LOST' as 'LATE', size: 2, eggs: 1, amountSatang: 1 }], 'invalid_claim');
  });

  it('refuses a delivery before the dispatch date', () => {
    given(decider, history)
      .when(withDelivery({ deliveredOn: '2026-11-25' }))
      .thenThrows(InvariantViolated, 'date_out_of_order');
  });
});
