import { NotFound } from '@khai/event-sourcing';

import { applyAgain, dump, projectLog } from '../../testing/harness';
import { ev } from '../../testing/scenario';
import { TRACE_SHIPMENTS, traceabilityProjection } from './traceability.projection';
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
const released = (shipmentId: string, lotId: string, lines: readonly [size: number, trays: number][]) =>
  ev('PackedStockReleased', {
    lotId,
    shipmentId,
    reason: 'refused',
    releasedOn: '2022-03-06',
    lines: lines.map(([size, trays]) => ({ size, trays, eggs: trays * 30 })),
  });
const traced = async (log: Awaited<ReturnType<typeof projectLog>>, shipmentId: string) =>
  (
    await new TraceShipmentHandler(log.store, log.runner).execute(new TraceShipmentQuery(shipmentId, undefined))
  ).trays.map((t) => [t.lotId, t.size, t.trays, t.eggs]);

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

  describe('one document per shipment', () => {
    it('given allocations of several lots and sizes, out of order, when traced, then each in lot and size order', async () => {
      // Given
      const log = await projectLog([
        allocated('SH1', 'L3', 2, 1),
        allocated('SH1', 'L1', 4, 2),
        allocated('SH2', 'L1', 4, 7),
        allocated('SH1', 'L1', 3, 3),
        allocated('SH1', 'L2', 3, 4),
        // An allocation of a lot and size the shipment has already: it takes the place of the earlier one.
        allocated('SH1', 'L3', 2, 5),
      ]);
      // Then: one document for each shipment, its allocations kept in lot and size order.
      const shipments = (await dump(log.store, [traceabilityProjection]))[TRACE_SHIPMENTS];
      expect(shipments?.map((d) => d._id)).toEqual(['SH1', 'SH2']);
      expect(shipments?.[0]).toMatchObject({
        allocations: [
          { lotId: 'L1', size: 3, trays: 3, eggs: 90 },
          { lotId: 'L1', size: 4, trays: 2, eggs: 60 },
          { lotId: 'L2', size: 3, trays: 4, eggs: 120 },
          { lotId: 'L3', size: 2, trays: 5, eggs: 150 },
        ],
      });
      // When / then
      expect(await traced(log, 'SH1')).toEqual([
        ['L1', 3, 3, 90],
        ['L1', 4, 2, 60],
        ['L2', 3, 4, 120],
        ['L3', 2, 5, 150],
      ]);
      expect(await traced(log, 'SH2')).toEqual([['L1', 4, 7, 210]]);
    });

    it('given a shipment, when an allocation is applied again (a replay), then nothing changes', async () => {
      // Given: the shipment has taken further allocations since the one replayed.
      const log = await projectLog([allocated('SH1', 'L1', 3, 3), allocated('SH1', 'L2', 3, 4)]);
      const before = await dump(log.store, [traceabilityProjection]);
      const [first, second] = await log.events.readAll({ maxCount: 2 });
      // When / then: the first, the second, both, and twice over.
      for (const again of [[first], [second], [first, second], [second, first, second]]) {
        expect(
          await applyAgain(
            log.store,
            traceabilityProjection,
            again.filter((e) => e !== undefined),
          ),
        ).toEqual(before);
      }
      expect(await traced(log, 'SH1')).toEqual([
        ['L1', 3, 3, 90],
        ['L2', 3, 4, 120],
      ]);
    });

    it('given a shipment of two lots, when one lot is released, then only that lot’s lines are zeroed', async () => {
      // Given
      const log = await projectLog([
        allocated('SH1', 'L1', 3, 3),
        allocated('SH1', 'L1', 4, 2),
        allocated('SH1', 'L2', 3, 4),
        allocated('SH2', 'L1', 3, 6),
        // When
        released('SH1', 'L1', [
          [3, 3],
          [4, 2],
        ]),
      ]);
      // Then: the released lines are kept, with no trays; the other lot's and the other shipment's are untouched.
      const shipments = (await dump(log.store, [traceabilityProjection]))[TRACE_SHIPMENTS];
      expect(shipments?.[0]).toMatchObject({
        _id: 'SH1',
        allocations: [
          { lotId: 'L1', size: 3, trays: 0, eggs: 0 },
          { lotId: 'L1', size: 4, trays: 0, eggs: 0 },
          { lotId: 'L2', size: 3, trays: 4, eggs: 120 },
        ],
      });
      expect(await traced(log, 'SH1')).toEqual([['L2', 3, 4, 120]]);
      expect(await traced(log, 'SH2')).toEqual([['L1', 3, 6, 180]]);
    });

    it('given a shipment whose every lot is released, when traced, then there is none (404)', async () => {
      // Given
      const log = await projectLog([
        allocated('SH1', 'L1', 3, 3),
        allocated('SH1', 'L2', 4, 2),
        released('SH1', 'L2', [[4, 2]]),
        released('SH1', 'L1', [[3, 3]]),
      ]);
      // When / then
      await expect(traced(log, 'SH1')).rejects.toThrow(NotFound);
      // And never allocated at all: the same.
      await expect(traced(log, 'SH9')).rejects.toThrow(NotFound);
    });
  });
});
