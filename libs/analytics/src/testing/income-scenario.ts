import type { SizeClass } from '@khai/contracts';
import type { DomainEvent } from '@khai/event-sourcing';
import type { FeedDelivered, FeedDeliveryAdjusted } from '@khai/feed';
import type { EggsCollected, LotGraded, LotGradingVoided } from '@khai/production';
import type { FlockCulled, FlockMortalityRecorded, FlockPlaced } from '@khai/registry';
import type { MemberEggPricesSet } from '@khai/settlement';

import { reference } from './scenario';

/** Events of the contexts member income reads, typed by their own definitions. */
export const placed = (flockId: string, memberId: string, placedOn: string, hensPlaced: number): FlockPlaced => ({
  type: 'FlockPlaced',
  data: { flockId, memberId, farmId: `${memberId}-F1`, breed: 'ISA Brown', hensPlaced, placedOn },
});

export const died = (flockId: string, recordedOn: string, deaths: number): FlockMortalityRecorded => ({
  type: 'FlockMortalityRecorded',
  data: { flockId, recordedOn, deaths },
});

export const culled = (flockId: string, culledOn: string, hens: number): FlockCulled => ({
  type: 'FlockCulled',
  data: { flockId, culledOn, hens, reason: 'end of lay' },
});

export const collected = (lotId: string, memberId: string, collectedOn: string, eggs: number): EggsCollected => ({
  type: 'EggsCollected',
  data: { lotId, memberId, farmId: `${memberId}-F1`, flockId: `${memberId}-H1`, collectedOn, eggs },
});

export const graded = (
  lotId: string,
  gradedOn: string,
  sizes: readonly [size: SizeClass, eggs: number][],
  rejectedEggs = 0,
): LotGraded => ({
  type: 'LotGraded',
  data: {
    lotId,
    gradedOn,
    grade: 'A',
    sizes: sizes.map(([size, eggs]) => ({ size, eggs })),
    rejects: rejectedEggs === 0 ? [] : [{ reason: 'CRACKED', eggs: rejectedEggs }],
    gradedEggs: sizes.reduce((sum, [, eggs]) => sum + eggs, 0),
    rejectedEggs,
  },
});

export const voided = (lotId: string, voidedOn: string, gradedEggs: number): LotGradingVoided => ({
  type: 'LotGradingVoided',
  data: { lotId, voidedOn, reason: 'scale out of calibration', gradedOn: voidedOn, gradedEggs, rejectedEggs: 0 },
});

export const delivered = (
  deliveryId: string,
  memberId: string,
  deliveredOn: string,
  kg: number,
  pricePerKgSatang = 1_500,
): FeedDelivered => ({
  type: 'FeedDelivered',
  data: {
    contractId: 'FC1',
    deliveryId,
    farmId: `${memberId}-F1`,
    memberId,
    feedType: 'LAYER_COMPLETE',
    kg,
    pricePerKgSatang,
    amountSatang: kg * pricePerKgSatang,
    deliveredOn,
  },
});

export const adjusted = (
  deliveryId: string,
  adjustmentId: string,
  previousKg: number,
  newKg: number,
  pricePerKgSatang = 1_500,
): FeedDeliveryAdjusted => ({
  type: 'FeedDeliveryAdjusted',
  data: {
    contractId: 'FC1',
    deliveryId,
    adjustmentId,
    previousKg,
    newKg,
    deltaKg: newKg - previousKg,
    pricePerKgSatang,
    amountDeltaSatang: (newKg - previousKg) * pricePerKgSatang,
    reason: 'delivery note was wrong',
    adjustedOn: '2026-04-17',
  },
});

export const memberPrices = (
  priceListId: string,
  effectiveFrom: string,
  prices: readonly [size: SizeClass, satangPerEgg: number][],
): MemberEggPricesSet => ({
  type: 'MemberEggPricesSet',
  data: {
    priceListId,
    effectiveFrom,
    prices: prices.map(([size, satangPerEgg]) => ({ size, satangPerEgg })),
    setOn: effectiveFrom,
  },
});

/**
 * April 2026 (30 days), two members; the arithmetic is in member-income.spec.ts.
 * M1: 1,000 hens, 10 die on 16 Apr; 27,000 eggs graded into sizes 2–4 and 300
 * rejects, all valued at the member list of 8 Apr; 3,450 kg of feed after a
 * correction; one grading voided, one lot of 31 Mar outside the period.
 * M2: 500 hens, 250 culled on 21 Apr; one lot before the member list (valued at
 * the reference ladder), one after.
 */
export const incomeScenario: readonly DomainEvent[] = [
  reference('coop-network', '2026-03-20', 340, [[3, 350]]),
  placed('M1-H1', 'M1', '2026-03-01', 1_000),
  placed('M2-H1', 'M2', '2026-01-01', 500),
  memberPrices('PL-2026-04', '2026-04-08', [
    [2, 380],
    [3, 350],
    [4, 330],
  ]),
  collected('L0', 'M1', '2026-03-31', 900),
  graded('L0', '2026-03-31', [[3, 900]]),
  delivered('D1', 'M1', '2026-04-01', 2_000),
  delivered('D3', 'M2', '2026-04-02', 1_500),
  collected('L4', 'M2', '2026-04-05', 4_000),
  graded('L4', '2026-04-05', [[3, 4_000]]),
  collected('L1', 'M1', '2026-04-10', 18_000),
  graded('L1', '2026-04-10', [
    [2, 9_000],
    [3, 9_000],
  ]),
  delivered('D2', 'M1', '2026-04-15', 1_500),
  died('M1-H1', '2026-04-16', 10),
  adjusted('D2', 'D2-A1', 1_500, 1_450),
  collected('L2', 'M1', '2026-04-20', 9_000),
  graded(
    'L2',
    '2026-04-20',
    [
      [3, 6_000],
      [4, 2_700],
    ],
    300,
  ),
  culled('M2-H1', '2026-04-21', 250),
  collected('L3', 'M1', '2026-04-25', 1_000),
  graded('L3', '2026-04-25', [[3, 1_000]]),
  voided('L3', '2026-04-26', 1_000),
  collected('L5', 'M2', '2026-04-25', 6_500),
  graded('L5', '2026-04-25', [[3, 6_500]]),
];
