import { EGGS_PER_TRAY, REJECT_REASONS, type RejectReason } from '@khai/contracts';
import { fold } from '@khai/core';
import {
  type EggsCollected,
  lot,
  type LotEvent,
  type LotGraded,
  type RejectCount,
  type SizeCount,
} from '@khai/production';

import type { CommandPart, GeneratedEvent, PlannedAppend } from './agenda';
import { compactOf, isoOf, monthOf } from './calendar';
import { type Flock, seasonalGrams } from './flocks';
import { apportion, meanEggGrams, SIZE_OF_INDEX, sizeMix } from './laying-curve';
import { hash32 } from './prng';

type LotState = typeof lot.decider.initialState;

/** Packed trays of one size of a lot, not yet shipped. */
export interface PackedTrays {
  readonly lotId: string;
  readonly size: SizeCount['size'];
  trays: number;
}

/** A lot graded today: its state (to allocate from later through the lot's decider) and its packs. */
export interface GradedLot {
  readonly lotId: string;
  state: LotState;
  readonly packed: readonly PackedTrays[];
}

/**
 * What the rejects of a lot are made into [E]: mostly liquid egg (pasteurised, shell and
 * losses off), some sold as bakery grade or to feed; grams per egg by product.
 */
const REJECT_USES = [
  { product: 'LIQUID_EGG', share: 0.6, grams: [40, 47] },
  { product: 'BAKERY_GRADE', share: 0.25, grams: [50, 56] },
  { product: 'ANIMAL_FEED', share: 0.15, grams: [45, 55] },
] as const;

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
 * Adds the graded eggs to `gradedBySize`. Then, as staff do at the grading station the
 * same day, each size's full trays are packed (loose eggs that fill no tray stay in graded
 * stock) and the rejects processed in one batch; these commands go through the lot's
 * decider, and the lot's state is kept in `graded` for the allocations to come.
 */
export function collectAndGrade(
  flock: Flock,
  day: number,
  eggs: number,
  lowerGrams: readonly number[],
  gradedBySize: number[],
  graded: GradedLot[],
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
  const gradedEggs = eggs - rejected;
  const parts = apportion(gradedEggs, mix);
  const sizes: SizeCount[] = [];
  parts.forEach((n, i) => {
    if (n > 0) sizes.push({ size: SIZE_OF_INDEX[i] as SizeCount['size'], eggs: n });
    gradedBySize[i] = (gradedBySize[i] as number) + n;
  });

  const lotGraded: LotGraded = {
    type: 'LotGraded',
    data: { lotId, gradedOn: isoOf(day), grade: 'A', sizes, rejects, gradedEggs, rejectedEggs: rejected },
  };

  const events: GeneratedEvent[] = [collected, lotGraded];
  const commands: CommandPart[] = [{ count: 2 }];
  let state = fold<LotEvent, LotState>(lot.decider, [collected, lotGraded]);
  const decide = (command: Parameters<typeof lot.decider.decide>[0]): void => {
    for (const event of lot.decider.decide(command, state)) {
      state = lot.decider.evolve(state, event);
      events.push(event);
    }
    commands.push({ count: events.length - commands.reduce((n, c) => n + c.count, 0) });
  };
  const packed: PackedTrays[] = [];
  for (const { size, eggs: n } of sizes) {
    const trays = Math.floor(n / EGGS_PER_TRAY);
    if (trays === 0) continue;
    decide({ type: 'PackEggs', data: { lotId, packId: `${lotId}-P${size}`, size, trays, packedOn: isoOf(day) } });
    packed.push({ lotId, size, trays });
  }
  if (rejected > 0) {
    const u = hash32(lotId) / 2 ** 32;
    const [liquid, bakery, feed] = REJECT_USES;
    const use = u < liquid.share ? liquid : u < liquid.share + bakery.share ? bakery : feed;
    const perEgg = use.grams[0] + ((hash32(`${lotId}/g`) % 1000) / 1000) * (use.grams[1] - use.grams[0]);
    const data = {
      lotId,
      batchId: `${lotId}-RJ`,
      eggs: rejected,
      product: use.product,
      outputGrams: Math.round(rejected * perEgg),
      processedOn: isoOf(day),
    };
    decide({ type: 'ProcessRejects', data });
  }
  if (packed.length > 0) graded.push({ lotId, state, packed });
  return { day, streamName: `lot-${lotId}`, events, commands };
}
