import { REJECT_REASONS, type RejectReason } from '@khai/contracts';
import type { EggsCollected, LotGraded, RejectCount, SizeCount } from '@khai/production';

import type { PlannedAppend } from './agenda';
import { compactOf, isoOf, monthOf } from './calendar';
import { type Flock, seasonalGrams } from './flocks';
import { apportion, meanEggGrams, SIZE_OF_INDEX, sizeMix } from './laying-curve';

/** Shares of the rejects by reason, in the order of REJECT_REASONS [E]. */
const REJECT_WEIGHTS: Readonly<Record<RejectReason, number>> = {
  CRACKED: 0.4,
  DENTED: 0.08,
  BROKEN: 0.1,
  DIRTY: 0.2,
  SOFT_SHELL: 0.07,
  MISSHAPEN: 0.06,
  BLOOD_SPOT: 0.05,
  UNDERSIZE: 0.04,
};

/**
 * One flock's eggs of one day: a lot collected and graded the same day. The size mix
 * follows the flock's mean egg weight at its age (young hens lay small eggs) with a
 * little day-to-day noise; 2 – 4 % are rejected, more as the flock ages (thinner shells).
 * Adds the graded eggs to `gradedBySize`.
 */
export function collectAndGrade(
  flock: Flock,
  day: number,
  eggs: number,
  lowerGrams: readonly number[],
  gradedBySize: number[],
): PlannedAppend {
  const rng = flock.gradingRng;
  const ageWeeks = (day - flock.hatchDay) / 7;
  const lotId = `${flock.flockId}-${compactOf(day)}`;
  const collected: EggsCollected = {
    type: 'EggsCollected',
    data: {
      lotId,
      memberId: flock.farm.memberId,
      farmId: flock.farm.farmId,
      flockId: flock.flockId,
      collectedOn: isoOf(day),
      eggs,
    },
  };

  const age = Math.min(1, Math.max(0, (ageWeeks - 25) / 50));
  const rejectRate = Math.min(0.04, Math.max(0.02, 0.021 + 0.016 * age + rng.uniform(-0.002, 0.002)));
  const rejected = Math.round(eggs * rejectRate);
  const young = ageWeeks < flock.lay.onsetWeeks + 6 ? 3 : 1;
  const rejectWeights = REJECT_REASONS.map(
    (reason) => REJECT_WEIGHTS[reason] * (reason === 'UNDERSIZE' ? young : 1) * (1 + 0.2 * rng.normal()),
  ).map((w) => Math.max(0.001, w));
  const rejectParts = apportion(rejected, rejectWeights);
  const rejects: RejectCount[] = [];
  REJECT_REASONS.forEach((reason, i) => {
    const n = rejectParts[i] as number;
    if (n > 0) rejects.push({ reason, eggs: n });
  });

  const grams = meanEggGrams(ageWeeks, flock.lay.onsetWeeks, flock.weight) + seasonalGrams(monthOf(day));
  const mix = sizeMix(grams + 0.4 * rng.normal(), flock.weight.sdGrams, lowerGrams);
  const graded = eggs - rejected;
  const parts = apportion(graded, mix);
  const sizes: SizeCount[] = [];
  parts.forEach((n, i) => {
    if (n > 0) sizes.push({ size: SIZE_OF_INDEX[i] as SizeCount['size'], eggs: n });
    gradedBySize[i] = (gradedBySize[i] as number) + n;
  });

  const lotGraded: LotGraded = {
    type: 'LotGraded',
    data: { lotId, gradedOn: isoOf(day), grade: 'A', sizes, rejects, gradedEggs: graded, rejectedEggs: rejected },
  };
  return { day, streamName: `lot-${lotId}`, events: [collected, lotGraded] };
}
