import { EGGS_PER_TRAY, type SizeClass } from '@khai/contracts';
import { fold, KhaiError } from '@khai/core';
import fc from 'fast-check';

import type { LotCommand } from './lot.commands';
import { lotDecider } from './lot.decider';
import { LOSS_REASONS, type LotEvent, REJECT_PRODUCTS } from './lot.events';
import type { LotState } from './lot.state';
import {
  countersOf,
  gradedUnpacked,
  lost,
  packedInStock,
  packedTrays,
  unallocatedPackedEggs,
  unallocatedTrays,
} from './lot.stock';

const lotId = 'L1';
const SIZES: readonly SizeClass[] = [0, 2, 3];
const day = fc.constantFrom('2026-11-25', '2026-11-26');
// Few ids, so that repeats (no-ops) and conflicting reuses happen often.
const id = (prefix: string) => fc.constantFrom(`${prefix}1`, `${prefix}2`, `${prefix}3`);
const size = fc.constantFrom(...SIZES);

/** A grading of `collected` eggs into sizes 2 and 3 and rejects; now and then off by one. */
const gradeCommand = (collected: number) =>
  fc
    .record({ a: fc.nat(100), b: fc.nat(100), c: fc.nat(100), off: fc.constantFrom(0, 0, 0, 1), gradedOn: day })
    .map(({ a, b, c, off, gradedOn }): LotCommand => {
      const weights = a + b + c || 1;
      const size2 = Math.floor((collected * a) / weights);
      const size3 = Math.floor((collected * b) / weights);
      return {
        type: 'GradeLot',
        data: {
          lotId,
          gradedOn,
          sizes: [
            { size: 2, eggs: size2 },
            { size: 3, eggs: size3 },
          ],
          rejects: [{ reason: 'CRACKED', eggs: collected - size2 - size3 + off }],
        },
      };
    });

const pack = fc
  .record({ packId: id('P'), size, trays: fc.integer({ min: 1, max: 25 }), packedOn: day })
  .map((d): LotCommand => ({ type: 'PackEggs', data: { lotId, ...d } }));
const loss = fc
  .record({
    lossId: id('X'),
    stage: fc.constantFrom('GRADED' as const, 'PACKED' as const),
    size,
    eggs: fc.integer({ min: 1, max: 120 }),
    reason: fc.constantFrom(...LOSS_REASONS),
    recordedOn: day,
  })
  .map((d): LotCommand => ({ type: 'RecordLoss', data: { lotId, ...d } }));
const processing = fc
  .record({
    batchId: id('B'),
    eggs: fc.integer({ min: 1, max: 150 }),
    product: fc.constantFrom(...REJECT_PRODUCTS),
    outputGrams: fc.nat(10_000),
    processedOn: day,
  })
  .map((d): LotCommand => ({ type: 'ProcessRejects', data: { lotId, ...d } }));
const allocation = fc
  .record({ shipmentId: id('S'), size, trays: fc.integer({ min: 1, max: 12 }), allocatedOn: day })
  .map((d): LotCommand => ({ type: 'AllocatePackedStock', data: { lotId, ...d } }));
const release = fc
  .record({ shipmentId: id('S'), releasedOn: day })
  .map((d): LotCommand => ({ type: 'ReleasePackedStock', data: { lotId, reason: 'replanned', ...d } }));
const voiding = fc
  .record({ voidedOn: day })
  .map((d): LotCommand => ({ type: 'VoidGrading', data: { lotId, reason: 'regrade', ...d } }));

const scenario = fc.integer({ min: 300, max: 3000 }).chain((collected) =>
  fc.record({
    collected: fc.constant(collected),
    // Weighted so that a void (which needs an untouched grading) does not cut most runs short.
    commands: fc.array(
      fc.oneof(
        { arbitrary: pack, weight: 4 },
        { arbitrary: loss, weight: 2 },
        { arbitrary: processing, weight: 2 },
        { arbitrary: allocation, weight: 3 },
        { arbitrary: release, weight: 2 },
        { arbitrary: voiding, weight: 1 },
        { arbitrary: gradeCommand(collected), weight: 1 },
      ),
      { minLength: 5, maxLength: 40, size: 'max' },
    ),
  }),
);

/** A second, independent bookkeeping of the accepted events since the grading in force. */
function ledger(events: readonly LotEvent[]) {
  const perSize = new Map<SizeClass, { packed: number; lostGraded: number; lostPacked: number; allocated: number }>();
  const row = (s: SizeClass) => {
    const existing = perSize.get(s);
    if (existing) return existing;
    const fresh = { packed: 0, lostGraded: 0, lostPacked: 0, allocated: 0 };
    perSize.set(s, fresh);
    return fresh;
  };
  let processed = 0;
  for (const event of events) {
    switch (event.type) {
      case 'LotGraded':
      case 'LotGradingVoided':
        perSize.clear();
        processed = 0;
        break;
      case 'EggsPacked':
        expect(event.data.eggs).toBe(event.data.trays * EGGS_PER_TRAY);
        row(event.data.size).packed += event.data.eggs;
        break;
      case 'LossRecorded':
        if (event.data.stage === 'GRADED') row(event.data.size).lostGraded += event.data.eggs;
        else row(event.data.size).lostPacked += event.data.eggs;
        break;
      case 'RejectsProcessed':
        processed += event.data.eggs;
        break;
      case 'PackedStockAllocated':
        expect(event.data.eggs).toBe(event.data.trays * EGGS_PER_TRAY);
        row(event.data.size).allocated += event.data.trays;
        break;
      case 'PackedStockReleased':
        for (const line of event.data.lines) row(line.size).allocated -= line.trays;
        break;
      case 'EggsCollected':
        break;
    }
  }
  return { perSize, processed };
}

function assertConserved(state: LotState, collected: number, accepted: readonly LotEvent[]): void {
  expect(state.status).not.toBe('none');
  if (state.status === 'none') return;
  expect(state.collection.eggs).toBe(collected);
  if (state.status === 'collected') return;
  const { grading, stock } = state;
  const book = ledger(accepted);
  // collected = graded + rejected
  expect(grading.gradedEggs + grading.rejectedEggs).toBe(collected);
  let graded = 0;
  let inStockOrGone = 0;
  for (const s of SIZES) {
    const c = countersOf(stock, s);
    const b = book.perSize.get(s) ?? { packed: 0, lostGraded: 0, lostPacked: 0, allocated: 0 };
    const gradedOfSize = grading.sizes.find((line) => line.size === s)?.eggs ?? 0;
    expect(c.graded).toBe(gradedOfSize);
    expect([c.packed, c.lostGraded, c.lostPacked, c.allocatedTrays]).toEqual([
      b.packed,
      b.lostGraded,
      b.lostPacked,
      b.allocated,
    ]);
    // graded = graded unpacked + packed (allocated or not) + lost (all stages)
    expect(gradedUnpacked(c) + packedInStock(c) + lost(c)).toBe(gradedOfSize);
    expect(gradedUnpacked(c)).toBe(gradedOfSize - b.packed - b.lostGraded);
    for (const n of [gradedUnpacked(c), packedInStock(c), packedTrays(c), c.allocatedTrays, lost(c)]) {
      expect(n).toBeGreaterThanOrEqual(0);
    }
    // Allocated trays are whole packed trays: nothing ships that was not packed.
    expect(unallocatedTrays(c)).toBeGreaterThanOrEqual(0);
    expect(unallocatedPackedEggs(c)).toBeGreaterThanOrEqual(0);
    graded += gradedOfSize;
    inStockOrGone += gradedUnpacked(c) + packedInStock(c) + lost(c);
  }
  expect(graded).toBe(grading.gradedEggs);
  expect(inStockOrGone).toBe(grading.gradedEggs);
  // rejects = unprocessed + processed
  expect(stock.rejected).toBe(grading.rejectedEggs);
  expect(stock.processed).toBe(book.processed);
  expect(stock.rejected - stock.processed).toBeGreaterThanOrEqual(0);
}

describe('eggs are conserved through packing, losses, processing and allocation (property)', () => {
  it('holds on every reachable state, and replaying the accepted events gives the same state', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(scenario, ({ collected, commands }) => {
        const opening: LotCommand[] = [
          {
            type: 'CollectEggs',
            data: { lotId, memberId: 'M1', farmId: 'F1', flockId: 'FL1', collectedOn: '2026-11-24', eggs: collected },
          },
          {
            type: 'GradeLot',
            data: {
              lotId,
              gradedOn: '2026-11-25',
              sizes: [
                { size: 2, eggs: collected - 200 },
                { size: 3, eggs: 150 },
              ],
              rejects: [{ reason: 'DIRTY', eggs: 50 }],
            },
          },
        ];
        let state = lotDecider.initialState;
        const accepted: LotEvent[] = [];
        for (const command of [...opening, ...commands]) {
          let events: readonly LotEvent[];
          try {
            events = lotDecider.decide(command, state);
          } catch (error) {
            if (!(error instanceof KhaiError)) throw error;
            continue;
          }
          for (const event of events) {
            state = lotDecider.evolve(state, event);
            accepted.push(event);
            seen.set(event.type, (seen.get(event.type) ?? 0) + 1);
          }
          assertConserved(state, collected, accepted);
          expect(fold(lotDecider, accepted)).toEqual(state);
        }
      }),
      { numRuns: 200 },
    );
    // The generator must reach every kind of movement, or the property proves little.
    for (const type of [
      'LotGraded',
      'LotGradingVoided',
      'EggsPacked',
      'LossRecorded',
      'RejectsProcessed',
      'PackedStockAllocated',
      'PackedStockReleased',
    ]) {
      expect([type, seen.get(type) ?? 0]).not.toEqual([type, 0]);
    }
  });
});
