import { ProductionModule } from '@khai/production';
import { SalesModule } from '@khai/sales';

import { CLUSTER_REGISTRY, registerCluster } from './cluster';
import { createHttpTestApp, type HttpTestApp } from './http-test-app';

/**
 * For the specs of what follows a shipment's plan (the shipment processes): a test app with shipment SH-1 planned for
 * order SO-1 of buyer B-makro — 10 trays of size 2 from lot L-2 and 4 of size 3 from L-1, each lot of 600 eggs graded
 * (and packed, 20 trays) on 2026-11-24.
 */
export async function plannedShipment(): Promise<{
  readonly t: HttpTestApp;
  readonly post: (url: string, payload: object) => Promise<void>;
}> {
  const t = await createHttpTestApp([SalesModule, ProductionModule, CLUSTER_REGISTRY]);
  const post = async (url: string, payload: object): Promise<void> => {
    const res = await t.app.inject({ method: 'POST', url, payload, headers: t.as('manager') });
    // A shipment's plan is answered 202: its allocation follows.
    expect({ url, status: res.statusCode }).toEqual({ url, status: url === '/shipments' ? 202 : 201 });
  };
  await registerCluster(t.app, {
    members: [{ memberId: 'M-01', farmIds: ['F01'] }],
    flocks: [{ flockId: 'FL-01', memberId: 'M-01', farmId: 'F01', hensPlaced: 5_000, placedOn: '2026-01-05' }],
    partners: [{ partnerId: 'B-makro', kind: 'BUYER' }],
  });
  for (const [lotId, size] of [
    ['L-1', 3],
    ['L-2', 2],
  ] as const) {
    const collected = {
      lotId,
      memberId: 'M-01',
      farmId: 'F01',
      flockId: 'FL-01',
      collectedOn: '2026-11-24',
      eggs: 600,
    };
    await post('/lots', collected);
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
  return { t, post };
}
