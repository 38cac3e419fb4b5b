import { type RecordedEvent, UseCaseRunner } from '@khai/event-sourcing';
import { lot, ProductionModule } from '@khai/production';
import { SalesModule } from '@khai/sales';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import type { Handling } from '../runner/process-manager';
import { ShipmentAllocationProcess } from './shipment-allocation.process';

/** A shipment of two packed lots, planned; its allocation is the process's. */
describe('the allocation of a planned shipment', () => {
  let t: HttpTestApp;
  let process: ShipmentAllocationProcess;
  let planned: RecordedEvent;
  const post = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, payload, headers: t.as('manager') });
    expect({ url, status: res.statusCode }).toEqual({ url, status: url === '/shipments' ? 202 : 201 });
  };
  const allocations = async (lotId: string) =>
    (await t.store.readStream(lot.stream(lotId))).filter((e) => e.type === 'PackedStockAllocated');
  const shipmentEvents = async () => (await t.store.readStream('shipment-SH-1')).map((e) => e.type);

  beforeEach(async () => {
    t = await createHttpTestApp([SalesModule, ProductionModule, CLUSTER_REGISTRY]);
    process = new ShipmentAllocationProcess(t.app.get(UseCaseRunner));
    await registerCluster(t.app, {
      members: [{ memberId: 'M-01', farmIds: ['F01'] }],
      flocks: [{ flockId: 'FL-01', memberId: 'M-01', farmId: 'F01', hensPlaced: 5_000, placedOn: '2026-01-05' }],
      partners: [{ partnerId: 'B-makro', kind: 'BUYER' }],
    });
    for (const [lotId, size] of [
      ['L-1', 3],
      ['L-2', 2],
    ] as const) {
      const lots = { lotId, memberId: 'M-01', farmId: 'F01', flockId: 'FL-01', collectedOn: '2026-11-24', eggs: 600 };
      await post('/lots', lots);
      await post(`/lots/${lotId}/grading`, { gradedOn: '2026-11-24', sizes: [{ size, eggs: 600 }], rejects: [] });
      await post(`/lots/${lotId}/packs`, { packId: `PK-${lotId}`, size, trays: 20, packedOn: '2026-11-24' });
    }
    await post('/sales-orders', {
      orderId: 'SO-1',
      buyerId: 'B-makro',
      orderedOn: '2026-11-20',
      deliveryOn: '2026-11-26',
      lines: [
        { size: 2, trays: 10, satangPerEgg: 365 },
        { size: 3, trays: 4, satangPerEgg: 340 },
      ],
    });
    await post('/shipments', {
      shipmentId: 'SH-1',
      orderId: 'SO-1',
      buyerId: 'B-makro',
      plannedOn: '2026-11-25',
      items: [
        { lotId: 'L-2', size: 2, trays: 10 },
        { lotId: 'L-1', size: 3, trays: 4 },
      ],
    });
    const [plan] = await t.store.readStream('shipment-SH-1');
    if (plan?.type !== 'ShipmentPlanned') throw new Error('no plan');
    planned = plan;
  });
  afterEach(() => t.close());

  it('allocates what the log does not show allocated yet, then confirms the shipment', async () => {
    const sent: Handling = { sent: (step) => step === 'allocate:L-2:2' };
    await process.handle(planned, sent);
    expect({ l1: (await allocations('L-1')).length, l2: (await allocations('L-2')).length }).toEqual({ l1: 1, l2: 0 });
    expect(await shipmentEvents()).toEqual(['ShipmentPlanned', 'ShipmentAllocated']);
  });

  it('passes over a shipment the log shows confirmed or refused', async () => {
    for (const step of ['confirm', 'refuse']) await process.handle(planned, { sent: (s) => s === step });
    expect({ l1: await allocations('L-1'), l2: await allocations('L-2') }).toEqual({ l1: [], l2: [] });
    expect(await shipmentEvents()).toEqual(['ShipmentPlanned']);
  });
});
