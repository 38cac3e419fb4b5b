import { NotFound } from '@khai/event-sourcing';

import { applyAgain, dump, projectLog } from '../../testing/harness';
import { ev } from '../../testing/scenario';
import { traceabilityProjection } from './traceability.projection';
import { TraceShipmentHandler, TraceShipmentQuery } from './traceability.query';

const collected = (lotId: string, memberId: string, collectedOn: string) =>
  ev('EggsCollected', {
    lotId,
    memberId,
    farmId: `${memberId}-F1`,
    flockId: `${memberId}-F1-H1`,
    collectedOn,
    eggs: 3000,
  });
const allocated = (shipmentId: string, lotId: string, size: number, trays: number) =>
  ev('PackedStockAllocated', { lotId, shipmentId, size, trays, eggs: trays * 30, allocatedOn: '2022-03-02' });

describe('traceability of a shipment', () => {
  it('gives every tray back to its lot, member, farm, flock and day; a release takes it out', async () => {
    const log = await projectLog([
      collected('L2', 'M002', '2022-03-01'),
      allocated('SH1', 'L2', 3, 10),
      allocated('SH1', 'L1', 0, 5),
      collected('L1', 'M001', '2022-02-28'),
      allocated('SH1', 'L2', 4, 4),
      allocated('SH2', 'L2', 3, 2),
      ev('PackedStockReleased', {
        lotId: 'L2',
        shipmentId: 'SH2',
        reason: 'refused',
        releasedOn: '2022-03-03',
        lines: [{ size: 3, trays: 2, eggs: 60 }],
      }),
      allocated('SH3', 'L9', 2, 1),
    ]);
    const handler = new TraceShipmentHandler(log.store, log.runner);
    expect(await handler.execute(new TraceShipmentQuery('SH1', 5))).toEqual({
      shipmentId: 'SH1',
      trays: [
        {
          lotId: 'L1',
          size: 0,
          trays: 5,
          eggs: 150,
          memberId: 'M001',
          farmId: 'M001-F1',
          flockId: 'M001-F1-H1',
          collectedOn: '2022-02-28',
        },
        {
          lotId: 'L2',
          size: 3,
          trays: 10,
          eggs: 300,
          memberId: 'M002',
          farmId: 'M002-F1',
          flockId: 'M002-F1-H1',
          collectedOn: '2022-03-01',
        },
        expect.objectContaining({ lotId: 'L2', size: 4, trays: 4 }),
      ],
    });
    await expect(handler.execute(new TraceShipmentQuery('SH2', undefined))).rejects.toThrow(NotFound);
    // A lot whose collection is not in the log: the trays are still there, their origin unknown.
    expect((await handler.execute(new TraceShipmentQuery('SH3', undefined))).trays).toEqual([
      { lotId: 'L9', size: 2, trays: 1, eggs: 30, memberId: null, farmId: null, flockId: null, collectedOn: null },
    ]);
  });

  it('does not bring a released allocation back when the allocation is applied again', async () => {
    const released = ev('PackedStockReleased', {
      lotId: 'L2',
      shipmentId: 'SH1',
      reason: 'refused',
      releasedOn: '2022-03-06',
      lines: [{ size: 0, trays: 2, eggs: 60 }],
    });
    const log = await projectLog([allocated('SH1', 'L2', 0, 2), released]);
    const before = await dump(log.store, [traceabilityProjection]);
    expect(await applyAgain(log.store, traceabilityProjection, await log.events.readAll({ maxCount: 1 }))).toEqual(
      before,
    );
    await expect(
      new TraceShipmentHandler(log.store, log.runner).execute(new TraceShipmentQuery('SH1', undefined)),
    ).rejects.toThrow(NotFound);
  });
});
