import { REJECT_REASONS, SIZE_CLASSES } from '@khai/contracts';
import { Conflict, InvariantViolated, KhaiError, NotFound } from '@khai/core';
import { given, withKeysReversed } from '@khai/testing';
import fc from 'fast-check';

import { type CollectEggs, type GradeLot, lotDecider, type VoidGrading } from './lot.decider';
import type { EggsCollected, EggsPacked, LotGraded, LotGradingVoided } from './lot.events';

const collect: CollectEggs = {
  type: 'CollectEggs',
  data: {
    lotId: 'L20261124-F01',
    memberId: 'M017',
    farmId: 'F01',
    flockId: 'FL3',
    collectedOn: '2026-11-24',
    eggs: 3600,
  },
};

const collected: EggsCollected = { type: 'EggsCollected', data: { ...collect.data } };

const grade: GradeLot = {
  type: 'GradeLot',
  data: {
    lotId: 'L20261124-F01',
    gradedOn: '2026-11-25',
    sizes: [
      { size: 3, eggs: 1500 },
      { size: 2, eggs: 1980 },
    ],
    rejects: [
      { reason: 'DIRTY', eggs: 30 },
      { reason: 'CRACKED', eggs: 90 },
    ],
  },
};

const graded: LotGraded = {
  type: 'LotGraded',
  data: {
    lotId: 'L20261124-F01',
    gradedOn: '2026-11-25',
    grade: 'A',
    sizes: [
      { size: 2, eggs: 1980 },
      { size: 3, eggs: 1500 },
    ],
    rejects: [
      { reason: 'CRACKED', eggs: 90 },
      { reason: 'DIRTY', eggs: 30 },
    ],
    gradedEggs: 3480,
    rejectedEggs: 120,
  },
};

describe('collecting eggs into a lot', () => {
  it('opens the lot', () => {
    given(lotDecider).when(collect).then([collected]);
  });

  it('is a no-op when the same collection is recorded again', () => {
    given(lotDecider, [collected]).when(collect).thenNothing();
  });

  it('is a no-op when the same collection is recorded again and the stored one has its keys in another order', () => {
    given(lotDecider, [withKeysReversed(collected)])
      .when(collect)
      .thenNothing();
  });

  it('refuses a different collection for the same lot', () => {
    given(lotDecider, [collected])
      .when({ ...collect, data: { ...collect.data, eggs: 3599 } })
      .thenThrows(Conflict, 'lot_already_collected');
  });

  it('refuses a collection without eggs', () => {
    given(lotDecider)
      .when({ ...collect, data: { ...collect.data, eggs: 0 } })
      .thenThrows(InvariantViolated, 'invalid_egg_count');
  });
});

describe('grading a lot', () => {
  it('records sizes and rejects, sorted, with their totals', () => {
    given(lotDecider, [collected]).when(grade).then([graded]);
  });

  it('is a no-op when the same grading is recorded again', () => {
    given(lotDecider, [collected, graded]).when(grade).thenNothing();
  });

  it('is a no-op when the same grading is recorded again and the stored one has its keys in another order', () => {
    given(lotDecider, [collected, withKeysReversed(graded)])
      .when(grade)
      .thenNothing();
  });

  it('refuses a different grading of a graded lot', () => {
    const regrade = { ...grade, data: { ...grade.data, gradedOn: '2026-11-26' } };
    given(lotDecider, [collected, graded]).when(regrade).thenThrows(Conflict, 'lot_already_graded');
  });

  it('refuses to grade a lot that was never collected', () => {
    given(lotDecider).when(grade).thenThrows(NotFound, 'lot_not_found');
  });

  it('refuses a grading that loses or invents eggs, saying by how much', () => {
    const short = { ...grade, data: { ...grade.data, rejects: [{ reason: 'CRACKED' as const, eggs: 89 }] } };
    const error = given(lotDecider, [collected]).when(short).thenThrows(InvariantViolated, 'eggs_not_conserved');
    expect(error.details).toEqual({ collected: 3600, graded: 3480, rejected: 89 });
  });

  it('refuses a grading dated before the collection', () => {
    given(lotDecider, [collected])
      .when({ ...grade, data: { ...grade.data, gradedOn: '2026-11-23' } })
      .thenThrows(InvariantViolated, 'graded_before_collected');
  });

  it('accepts a grading on the day of collection', () => {
    const sameDay = { ...grade, data: { ...grade.data, gradedOn: '2026-11-24' } };
    given(lotDecider, [collected])
      .when(sameDay)
      .then([{ ...graded, data: { ...graded.data, gradedOn: '2026-11-24' } }]);
  });

  const withLines = (sizes: GradeLot['data']['sizes'], rejects: GradeLot['data']['rejects']): GradeLot => ({
    ...grade,
    data: { ...grade.data, sizes, rejects },
  });

  it('refuses a size class or a reject reason counted twice', () => {
    const { sizes, rejects } = grade.data;
    given(lotDecider, [collected])
      .when(withLines([...sizes, { size: 3, eggs: 0 }], rejects))
      .thenThrows(InvariantViolated, 'duplicate_size_class');
    given(lotDecider, [collected])
      .when(withLines(sizes, [...rejects, { reason: 'DIRTY', eggs: 0 }]))
      .thenThrows(InvariantViolated, 'duplicate_reject_reason');
  });

  it('refuses negative or fractional counts', () => {
    given(lotDecider, [collected])
      .when(withLines([{ size: 2, eggs: 3601 }], [{ reason: 'DIRTY', eggs: -1 }]))
      .thenThrows(InvariantViolated, 'invalid_egg_count');
    given(lotDecider, [collected])
      .when(withLines([{ size: 2, eggs: 3599.5 }], [{ reason: 'DIRTY', eggs: 0.5 }]))
      .thenThrows(InvariantViolated, 'invalid_egg_count');
  });
});

describe('grading extras: quality grade and enabled size classes', () => {
  it('records grade B for the whole graded part when asked', () => {
    given(lotDecider, [collected])
      .when({ ...grade, data: { ...grade.data, grade: 'B' } })
      .then([{ ...graded, data: { ...graded.data, grade: 'B' } }]);
  });

  it('refuses a regrading that only changes the quality grade', () => {
    given(lotDecider, [collected, graded])
      .when({ ...grade, data: { ...grade.data, grade: 'B' } })
      .thenThrows(Conflict, 'lot_already_graded');
  });

  it('accepts sizes within the enabled classes', () => {
    given(lotDecider, [collected])
      .when({ ...grade, data: { ...grade.data, sizeClasses: [1, 2, 3] } })
      .then([graded]);
  });

  it('refuses a size class that is not enabled, even with no eggs', () => {
    const error = given(lotDecider, [collected])
      .when({ ...grade, data: { ...grade.data, sizeClasses: [3, 1] } })
      .thenThrows(InvariantViolated, 'size_class_not_enabled');
    expect(error.details).toEqual({ size: 2, enabled: [1, 3] });
    given(lotDecider, [collected])
      .when({
        ...grade,
        data: { ...grade.data, sizes: [...grade.data.sizes, { size: 6, eggs: 0 }], sizeClasses: [2, 3] },
      })
      .thenThrows(InvariantViolated, 'size_class_not_enabled');
  });
});

describe('voiding a grading', () => {
  const voidIt: VoidGrading = {
    type: 'VoidGrading',
    data: { lotId: 'L20261124-F01', reason: 'scale mis-calibrated', voidedOn: '2026-11-25' },
  };
  const voided: LotGradingVoided = {
    type: 'LotGradingVoided',
    data: {
      lotId: 'L20261124-F01',
      voidedOn: '2026-11-25',
      reason: 'scale mis-calibrated',
      gradedOn: '2026-11-25',
      gradedEggs: 3480,
      rejectedEggs: 120,
    },
  };
  const packed: EggsPacked = {
    type: 'EggsPacked',
    data: {
      lotId: 'L20261124-F01',
      packId: 'P1',
      size: 2,
      trays: 1,
      eggs: 30,
      packedOn: '2026-11-25',
      caseId: null,
    },
  };

  it('voids an unused grading, saying what it cancelled', () => {
    given(lotDecider, [collected, graded]).when(voidIt).then([voided]);
  });

  it('lets the lot be graded again after a void', () => {
    const regrade = { ...grade, data: { ...grade.data, gradedOn: '2026-11-26' } };
    given(lotDecider, [collected, graded, voided])
      .when(regrade)
      .then([{ ...graded, data: { ...graded.data, gradedOn: '2026-11-26' } }]);
  });

  it('is a no-op when the same void is sent again', () => {
    given(lotDecider, [collected, graded, voided]).when(voidIt).thenNothing();
  });

  it('refuses to void a lot with no grading', () => {
    given(lotDecider, [collected]).when(voidIt).thenThrows(Conflict, 'lot_not_graded');
    given(lotDecider, [collected, graded, voided])
      .when({ ...voidIt, data: { ...voidIt.data, reason: 'another reason' } })
      .thenThrows(Conflict, 'lot_not_graded');
  });

  it('refuses to void a lot never collected', () => {
    given(lotDecider).when(voidIt).thenThrows(NotFound, 'lot_not_found');
  });

  it('refuses a void without a reason', () => {
    given(lotDecider, [collected, graded])
      .when({ ...voidIt, data: { ...voidIt.data, reason: '  ' } })
      .thenThrows(InvariantViolated, 'reason_required');
  });

  it('refuses a void dated before the grading', () => {
    given(lotDecider, [collected, graded])
      .when({ ...voidIt, data: { ...voidIt.data, voidedOn: '2026-11-24' } })
      .thenThrows(InvariantViolated, 'dated_before_grading');
  });

  it('refuses to void a grading already drawn from', () => {
    const error = given(lotDecider, [collected, graded, packed]).when(voidIt).thenThrows(Conflict, 'grading_in_use');
    expect(error.details).toMatchObject({ packs: 1, losses: 0, rejectBatches: 0, allocations: 0 });
  });
});

describe('eggs are conserved (property)', () => {
  const sizes = fc.uniqueArray(fc.record({ size: fc.constantFrom(...SIZE_CLASSES), eggs: fc.nat(5000) }), {
    selector: (line) => line.size,
  });
  const rejects = fc.uniqueArray(fc.record({ reason: fc.constantFrom(...REJECT_REASONS), eggs: fc.nat(500) }), {
    selector: (line) => line.reason,
  });
  // Half the collections match the grading exactly, the others are off by a little or a lot.
  const offset = fc.oneof(fc.constant(0), fc.integer({ min: -50, max: 50 }), fc.integer({ min: -40_000, max: 40_000 }));

  it('accepts a grading exactly when sizes and rejects add up to the collection', () => {
    fc.assert(
      fc.property(sizes, rejects, offset, (sizeLines, rejectLines, off) => {
        const counted = [...sizeLines, ...rejectLines].reduce((total, line) => total + line.eggs, 0);
        const eggs = counted + off;
        fc.pre(eggs >= 1);
        const history = [{ ...collected, data: { ...collected.data, eggs } }];
        const command: GradeLot = { ...grade, data: { ...grade.data, sizes: sizeLines, rejects: rejectLines } };
        let events;
        try {
          events = lotDecider.decide(command, history.reduce(lotDecider.evolve, lotDecider.initialState));
        } catch (error) {
          expect(error).toBeInstanceOf(KhaiError);
          expect((error as KhaiError).code).toBe('eggs_not_conserved');
          expect(off).not.toBe(0);
          return;
        }
        expect(off).toBe(0);
        const [event] = events;
        expect(events).toHaveLength(1);
        if (event?.type !== 'LotGraded') throw new Error('expected LotGraded');
        const { gradedEggs, rejectedEggs } = event.data;
        expect(gradedEggs).toBe(event.data.sizes.reduce((total, line) => total + line.eggs, 0));
        expect(rejectedEggs).toBe(event.data.rejects.reduce((total, line) => total + line.eggs, 0));
        expect(gradedEggs + rejectedEggs).toBe(eggs);
      }),
    );
  });
});
