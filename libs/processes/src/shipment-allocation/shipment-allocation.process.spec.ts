import { type RecordedEvent, UseCaseRunner } from '@khai/event-sourcing';
import { lot } from '@khai/production';
import { type HttpTestApp, plannedShipment } from '@khai/testing';

import type { Handling } from '../runner/process-manager';
import { ShipmentAllocationProcess } from './shipment-allocation.process';

/** A shipment of two packed lots, planned; its allocation is the process's. */
describe('the allocation of a planned shipment', () => {
  let t: HttpTestApp;
  let process: ShipmentAllocationProcess;
  let planned: RecordedEvent;
  const allocations = async (lotId: string) =>
    (await t.store.readStream(lot.stream(lotId))).filter((e) => e.type === 'PackedStockAllocated');
  const shipmentEvents = async () => (await t.store.readStream('shipment-SH-1')).map((e) => e.type);

  beforeEach(async () => {
    ({ t } = await plannedShipment());
    process = new ShipmentAllocationProcess(t.app.get(UseCaseRunner));
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
