import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given, withKeysReversed } from '@khai/testing';

import type { AllocatePackedStock, PackEggs, ProcessRejects, RecordLoss, ReleasePackedStock } from './lot.decider';
import { lotDecider } from './lot.decider';
import type {
  EggsCollected,
  EggsPacked,
  LossRecorded,
  LotEvent,
  LotGraded,
  LotGradingVoided,
  PackedStockAllocated,
  PackedStockReleased,
  RejectsProcessed,
} from './lot.events';

const lotId = 'L20261124-F01';
const collected: EggsCollected = {
  type: 'EggsCollected',
  data: { lotId, memberId: 'M017', farmId: 'F01', flockId: 'FL3', collectedOn: '2026-11-24', eggs: 3600 },
};
const graded: LotGraded = {
  type: 'LotGraded',
  data: {
    lotId,
    gradedOn: '2026-11-25',
    grade: 'A',
    sizes: [
      { size: 2, eggs: 1980 },
      { size: 3, eggs: 1500 },
    ],
    rejects: [{ reason: 'CRACKED', eggs: 120 }],
    gradedEggs: 3480,
    rejectedEggs: 120,
  },
};
const voided: LotGradingVoided = {
  type: 'LotGradingVoided',
  data: {
    lotId,
    voidedOn: '2026-11-25',
    reason: 'wrong lot',
    gradedOn: '2026-11-25',
    gradedEggs: 3480,
    rejectedEggs: 120,
  },
};
const history: LotEvent[] = [collected, graded];

const packCmd = (over: Partial<PackEggs['data']> = {}): PackEggs => ({
  type: 'PackEggs',
  data: { lotId, packId: 'P1', size: 2, trays: 10, packedOn: '2026-11-25', ...over },
});
const packed = (over: Partial<EggsPacked['data']> = {}): EggsPacked => {
  const data = { lotId, packId: 'P1', size: 2 as const, trays: 10, eggs: 300, packedOn: '2026-11-25', caseId: null };
  return { type: 'EggsPacked', data: { ...data, ...over } };
};
const lossCmd = (over: Partial<RecordLoss['data']> = {}): RecordLoss => ({
  type: 'RecordLoss',
  data: {
    lotId,
    lossId: 'X1',
    stage: 'GRADED',
    size: 2,
    eggs: 10,
    reason: 'BROKEN_IN_HANDLING',
    recordedOn: '2026-11-25',
    ...over,
  },
});
const lossRecorded = (over: Partial<LossRecorded['data']> = {}): LossRecorded => ({
  type: 'LossRecorded',
  data: {
    lotId,
    lossId: 'X1',
    stage: 'GRADED',
    size: 2,
    eggs: 10,
    reason: 'BROKEN_IN_HANDLING',
    note: null,
    recordedOn: '2026-11-25',
    ...over,
  },
});
const processCmd = (over: Partial<ProcessRejects['data']> = {}): ProcessRejects => ({
  type: 'ProcessRejects',
  data: {
    lotId,
    batchId: 'B1',
    eggs: 100,
    product: 'LIQUID_EGG',
    outputGrams: 5250,
    processedOn: '2026-11-26',
    ...over,
  },
});
const processed = (over: Partial<RejectsProcessed['data']> = {}): RejectsProcessed => ({
  type: 'RejectsProcessed',
  data: {
    lotId,
    batchId: 'B1',
    eggs: 100,
    product: 'LIQUID_EGG',
    outputGrams: 5250,
    yieldGramsPerEgg: 52.5,
    processedOn: '2026-11-26',
    ...over,
  },
});
const allocateCmd = (over: Partial<AllocatePackedStock['data']> = {}): AllocatePackedStock => ({
  type: 'AllocatePackedStock',
  data: { lotId, shipmentId: 'S1', size: 2, trays: 4, allocatedOn: '2026-11-26', ...over },
});
const allocated = (over: Partial<PackedStockAllocated['data']> = {}): PackedStockAllocated => ({
  type: 'PackedStockAllocated',
  data: { lotId, shipmentId: 'S1', size: 2, trays: 4, eggs: 120, allocatedOn: '2026-11-26', ...over },
});
const releaseCmd: ReleasePackedStock = {
  type: 'ReleasePackedStock',
  data: { lotId, shipmentId: 'S1', reason: 'order cancelled', releasedOn: '2026-11-27' },
};

describe('packing graded eggs into trays', () => {
  it('packs whole trays of 30, with or without a case', () => {
    given(lotDecider, history).when(packCmd()).then([packed()]);
    given(lotDecider, history)
      .when(packCmd({ caseId: 'C-0001' }))
      .then([packed({ caseId: 'C-0001' })]);
  });

  it('packs every graded egg of a size when they fill whole trays', () => {
    given(lotDecider, history)
      .when(packCmd({ trays: 66 }))
      .then([packed({ trays: 66, eggs: 1980 })]);
  });

  it('leaves loose eggs that do not fill a tray in graded stock', () => {
    const afterLoss = [...history, lossRecorded()];
    const error = given(lotDecider, afterLoss)
      .when(packCmd({ trays: 66 }))
      .thenThrows(InvariantViolated, 'insufficient_graded_stock');
    expect(error.details).toEqual({ size: 2, available: 1970, requested: 1980 });
    given(lotDecider, afterLoss)
      .when(packCmd({ trays: 65 }))
      .then([packed({ trays: 65, eggs: 1950 })]);
    // The 20 loose eggs are still graded stock: they can be lost, never packed as a tray.
    const afterPack = [...afterLoss, packed({ trays: 65, eggs: 1950 })];
    given(lotDecider, afterPack)
      .when(packCmd({ packId: 'P2', trays: 1 }))
      .thenThrows(InvariantViolated, 'insufficient_graded_stock');
    given(lotDecider, afterPack)
      .when(lossCmd({ lossId: 'X2', eggs: 20 }))
      .then([lossRecorded({ lossId: 'X2', eggs: 20 })]);
  });

  it('refuses a size that was not graded', () => {
    const error = given(lotDecider, history)
      .when(packCmd({ size: 0, trays: 1 }))
      .thenThrows(InvariantViolated, 'insufficient_graded_stock');
    expect(error.details).toEqual({ size: 0, available: 0, requested: 30 });
  });

  it('is a no-op for the same pack again, even when the stock is now used up', () => {
    given(lotDecider, [...history, packed({ trays: 66, eggs: 1980 })])
      .when(packCmd({ trays: 66 }))
      .thenNothing();
  });

  it('is a no-op for the same pack again when the stored one has its keys in another order', () => {
    given(lotDecider, [...history, withKeysReversed(packed())])
      .when(packCmd({}))
      .thenNothing();
  });

  it('refuses a different pack under the same id', () => {
    given(lotDecider, [...history, packed()])
      .when(packCmd({ trays: 11 }))
      .thenThrows(Conflict, 'pack_already_recorded');
  });

  it('refuses no trays, a date before the grading, an ungraded or unknown lot', () => {
    given(lotDecider, history)
      .when(packCmd({ trays: 0 }))
      .thenThrows(InvariantViolated, 'invalid_tray_count');
    given(lotDecider, history)
      .when(packCmd({ packedOn: '2026-11-24' }))
      .thenThrows(InvariantViolated, 'dated_before_grading');
    given(lotDecider, [collected]).when(packCmd()).thenThrows(Conflict, 'lot_not_graded');
    given(lotDecider, [...history, voided])
      .when(packCmd())
      .thenThrows(Conflict, 'lot_not_graded');
    given(lotDecider).when(packCmd()).thenThrows(NotFound, 'lot_not_found');
  });
});

describe('recording losses', () => {
  it('takes a loss from graded stock, keeping the note', () => {
    given(lotDecider, history).when(lossCmd()).then([lossRecorded()]);
    given(lotDecider, history)
      .when(lossCmd({ reason: 'OTHER', note: 'dropped crate' }))
      .then([lossRecorded({ reason: 'OTHER', note: 'dropped crate' })]);
  });

  it('takes a loss from packed stock in whole eggs', () => {
    given(lotDecider, [...history, packed()])
      .when(lossCmd({ stage: 'PACKED', eggs: 7, reason: 'SPOILED' }))
      .then([lossRecorded({ stage: 'PACKED', eggs: 7, reason: 'SPOILED' })]);
  });

  it('never takes a stage below zero', () => {
    const graded = given(lotDecider, history)
      .when(lossCmd({ eggs: 1981 }))
      .thenThrows(InvariantViolated, 'insufficient_stock');
    expect(graded.details).toEqual({ stage: 'GRADED', size: 2, available: 1980, requested: 1981 });
    const packedLoss = given(lotDecider, [...history, packed()])
      .when(lossCmd({ stage: 'PACKED', eggs: 301 }))
      .thenThrows(InvariantViolated, 'insufficient_stock');
    expect(packedLoss.details).toEqual({ stage: 'PACKED', size: 2, available: 300, requested: 301 });
    given(lotDecider, history)
      .when(lossCmd({ stage: 'PACKED', eggs: 1 }))
      .thenThrows(InvariantViolated, 'insufficient_stock');
  });

  it('keeps allocated trays whole: a packed loss comes from unallocated trays', () => {
    const error = given(lotDecider, [...history, packed(), allocated({ trays: 9, eggs: 270 })])
      .when(lossCmd({ stage: 'PACKED', eggs: 31 }))
      .thenThrows(InvariantViolated, 'insufficient_stock');
    expect(error.details).toMatchObject({ available: 30 });
  });

  it('is a no-op for the same loss again and refuses a different one under the same id', () => {
    given(lotDecider, [...history, lossRecorded()])
      .when(lossCmd())
      .thenNothing();
    given(lotDecider, [...history, lossRecorded()])
      .when(lossCmd({ eggs: 11 }))
      .thenThrows(Conflict, 'loss_already_recorded');
  });

  it('refuses a loss of no eggs, before the grading, or on an ungraded lot', () => {
    given(lotDecider, history)
      .when(lossCmd({ eggs: 0 }))
      .thenThrows(InvariantViolated, 'invalid_egg_count');
    given(lotDecider, history)
      .when(lossCmd({ recordedOn: '2026-11-01' }))
      .thenThrows(InvariantViolated, 'dated_before_grading');
    given(lotDecider, [collected]).when(lossCmd()).thenThrows(Conflict, 'lot_not_graded');
    given(lotDecider).when(lossCmd()).thenThrows(NotFound, 'lot_not_found');
  });
});

describe('processing rejects', () => {
  it('records the inputs and the yield in grams per egg', () => {
    given(lotDecider, history).when(processCmd()).then([processed()]);
  });

  it('rounds the yield half up to 2 decimals', () => {
    given(lotDecider, history)
      .when(processCmd({ eggs: 3, outputGrams: 100 }))
      .then([processed({ eggs: 3, outputGrams: 100, yieldGramsPerEgg: 33.33 })]);
    given(lotDecider, history)
      .when(processCmd({ eggs: 8, outputGrams: 1, product: 'ANIMAL_FEED' }))
      .then([processed({ eggs: 8, outputGrams: 1, product: 'ANIMAL_FEED', yieldGramsPerEgg: 0.13 })]);
  });

  it('processes no more than the unprocessed rejects', () => {
    const error = given(lotDecider, [...history, processed()])
      .when(processCmd({ batchId: 'B2', eggs: 21 }))
      .thenThrows(InvariantViolated, 'insufficient_rejects');
    expect(error.details).toEqual({ available: 20, requested: 21 });
    given(lotDecider, [...history, processed()])
      .when(processCmd({ batchId: 'B2', eggs: 20, outputGrams: 1000 }))
      .then([processed({ batchId: 'B2', eggs: 20, outputGrams: 1000, yieldGramsPerEgg: 50 })]);
  });

  it('is a no-op for the same batch again and refuses a different one under the same id', () => {
    given(lotDecider, [...history, processed()])
      .when(processCmd())
      .thenNothing();
    given(lotDecider, [...history, processed()])
      .when(processCmd({ outputGrams: 5000 }))
      .thenThrows(Conflict, 'rejects_batch_already_recorded');
  });

  it('refuses negative output, no eggs, or an ungraded lot', () => {
    given(lotDecider, history)
      .when(processCmd({ outputGrams: -1 }))
      .thenThrows(InvariantViolated, 'invalid_output_grams');
    given(lotDecider, history)
      .when(processCmd({ eggs: 0 }))
      .thenThrows(InvariantViolated, 'invalid_egg_count');
    given(lotDecider, [collected]).when(processCmd()).thenThrows(Conflict, 'lot_not_graded');
    given(lotDecider).when(processCmd()).thenThrows(NotFound, 'lot_not_found');
  });
});

describe('allocating packed stock to shipments', () => {
  const withPacks = [...history, packed()];

  it('allocates unallocated packed trays', () => {
    given(lotDecider, withPacks).when(allocateCmd()).then([allocated()]);
  });

  it('refuses more trays than are packed and unallocated, saying how many there are', () => {
    const error = given(lotDecider, [...withPacks, allocated()])
      .when(allocateCmd({ shipmentId: 'S2', trays: 7 }))
      .thenThrows(InvariantViolated, 'insufficient_packed_stock');
    expect(error.details).toEqual({ size: 2, available: 6, requested: 7 });
  });

  it('does not count a tray that lost eggs as a tray to ship', () => {
    const error = given(lotDecider, [...withPacks, lossRecorded({ stage: 'PACKED', eggs: 1 })])
      .when(allocateCmd({ trays: 10 }))
      .thenThrows(InvariantViolated, 'insufficient_packed_stock');
    expect(error.details).toEqual({ size: 2, available: 9, requested: 10 });
  });

  it('is a no-op for the same shipment and size with the same trays, a conflict with others', () => {
    given(lotDecider, [...withPacks, allocated()])
      .when(allocateCmd({ allocatedOn: '2026-11-27' }))
      .thenNothing();
    given(lotDecider, [...withPacks, allocated()])
      .when(allocateCmd({ trays: 5 }))
      .thenThrows(Conflict, 'allocation_conflict');
  });

  it('refuses no trays, a date before the grading, or an ungraded lot', () => {
    given(lotDecider, withPacks)
      .when(allocateCmd({ trays: 0 }))
      .thenThrows(InvariantViolated, 'invalid_tray_count');
    given(lotDecider, withPacks)
      .when(allocateCmd({ allocatedOn: '2026-11-20' }))
      .thenThrows(InvariantViolated, 'dated_before_grading');
    given(lotDecider, [collected]).when(allocateCmd()).thenThrows(Conflict, 'lot_not_graded');
    given(lotDecider).when(allocateCmd()).thenThrows(NotFound, 'lot_not_found');
  });
});

describe('releasing packed stock', () => {
  const withAllocations: LotEvent[] = [
    ...history,
    packed(),
    packed({ packId: 'P2', size: 3, trays: 2, eggs: 60 }),
    allocated({ size: 3, trays: 2, eggs: 60 }),
    allocated({ shipmentId: 'S2', trays: 1, eggs: 30 }),
    allocated(),
  ];
  const released: PackedStockReleased = {
    type: 'PackedStockReleased',
    data: {
      lotId,
      shipmentId: 'S1',
      reason: 'order cancelled',
      releasedOn: '2026-11-27',
      lines: [
        { size: 2, trays: 4, eggs: 120 },
        { size: 3, trays: 2, eggs: 60 },
      ],
    },
  };

  it("releases every line of the shipment, sorted by size, and nothing of other shipments'", () => {
    given(lotDecider, withAllocations).when(releaseCmd).then([released]);
  });

  it('makes the trays allocatable again', () => {
    given(lotDecider, [...withAllocations, released])
      .when(allocateCmd({ shipmentId: 'S3', trays: 9 }))
      .then([allocated({ shipmentId: 'S3', trays: 9, eggs: 270 })]);
  });

  it('is a no-op when nothing is allocated to the shipment', () => {
    given(lotDecider, [...withAllocations, released])
      .when(releaseCmd)
      .thenNothing();
    given(lotDecider, history).when(releaseCmd).thenNothing();
    given(lotDecider, [collected]).when(releaseCmd).thenNothing();
  });

  it('refuses a release without a reason, or of a lot never collected', () => {
    given(lotDecider, withAllocations)
      .when({ ...releaseCmd, data: { ...releaseCmd.data, reason: '' } })
      .thenThrows(InvariantViolated, 'reason_required');
    given(lotDecider).when(releaseCmd).thenThrows(NotFound, 'lot_not_found');
  });
});
