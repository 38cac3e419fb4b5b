import { EVENT_STORE, type EventStore, UseCaseRunner } from '@khai/event-sourcing';
import { confirmShipmentAllocated } from '@khai/sales';
import { type HttpTestApp, plannedShipment } from '@khai/testing';

import type { Handling } from '../runner/process-manager';
import { DeliveredSaleProcess } from './delivered-sale.process';

/** A handling of an event none of whose commands the log shows sent. */
const notSent: Handling = { sent: () => false };

describe('the sale of a delivered shipment', () => {
  let t: HttpTestApp;
  let post: (url: string, payload: object) => Promise<void>;
  let process: DeliveredSaleProcess;
  const deliveryEvent = async () => {
    const events = await t.store.readStream('shipment-SH-1');
    const delivered = events.find((e) => e.type === 'DeliveryConfirmed');
    if (!delivered) throw new Error('no delivery');
    return delivered;
  };

  beforeEach(async () => {
    ({ t, post } = await plannedShipment());
    process = new DeliveredSaleProcess(t.app.get(UseCaseRunner), t.app.get<EventStore>(EVENT_STORE));
    await t.app
      .get(UseCaseRunner)
      .run(confirmShipmentAllocated, { shipmentId: 'SH-1', allocatedOn: '2026-11-25' }, { actor: 'test' });
    await post('/shipments/SH-1/dispatch', { dispatchedOn: '2026-11-26', vehicle: 'ชม 1234' });
    await post('/shipments/SH-1/delivery', {
      deliveredOn: '2026-11-26',
      recount: [
        { size: 2, trays: 9 },
        { size: 3, trays: 4 },
      ],
      claims: [],
    });
  });
  afterEach(() => t.close());

  it('records the eggs counted in at the order’s prices, on the delivery day, from the shipment’s lots', async () => {
    await process.handle(await deliveryEvent(), notSent);
    const [sale] = await t.store.readStream('sale-SH-1');
    // 9 trays × 30 = 270 eggs × 3.65 = 98,550 satang; 4 × 30 = 120 × 3.40 = 40,800; 390 eggs, 139,350 satang.
    expect(sale?.data).toEqual({
      saleId: 'SH-1',
      buyerId: 'B-makro',
      orderId: 'SO-1',
      soldOn: '2026-11-26',
      lines: [
        { size: 2, eggs: 270, satangPerEgg: 365, amountSatang: 98_550 },
        { size: 3, eggs: 120, satangPerEgg: 340, amountSatang: 40_800 },
      ],
      lotIds: ['L-1', 'L-2'],
      totalEggs: 390,
      totalSatang: 139_350,
    });
  });

  it('records it once however often the delivery comes again', async () => {
    const delivered = await deliveryEvent();
    await process.handle(delivered, notSent);
    await process.handle(delivered, notSent);
    expect(await t.store.readStream('sale-SH-1')).toHaveLength(1);
  });

  it('stops on a sale entered by hand under the shipment’s id: a double entry for a person to resolve', async () => {
    await post('/sales', {
      saleId: 'SH-1',
      buyerId: 'B-makro',
      soldOn: '2026-11-26',
      lines: [{ size: 2, eggs: 300, satangPerEgg: 365 }],
    });
    await expect(process.handle(await deliveryEvent(), notSent)).rejects.toMatchObject({
      code: 'sale_already_recorded',
    });
    expect(await t.store.readStream('sale-SH-1')).toHaveLength(1);
  });

  it('passes over a delivery whose sale the log shows sent, before reading its order and shipment', async () => {
    const delivered = await deliveryEvent();
    const reads = jest.spyOn(t.app.get<EventStore>(EVENT_STORE), 'readStream');
    await process.handle(delivered, { sent: (step) => step === 'sale' });
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(await t.store.readStream('sale-SH-1')).toEqual([]);
  });
});
