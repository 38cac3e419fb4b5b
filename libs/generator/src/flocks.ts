import { monthOf } from './calendar';
import { type EggWeightCurve, henDayRate, type LayCurve, randomEggWeightCurve, randomLayCurve } from './laying-curve';
import { BREEDS } from './names';
import type { Rng } from './prng';
import type { Farm } from './world';

/** One flock's life, simulated day by day before any event is written. */
export interface Flock {
  readonly flockId: string;
  readonly farm: Farm;
  readonly house: number;
  readonly breed: string;
  readonly hatchDay: number;
  readonly placedDay: number;
  /** The day the remaining hens are culled, or null when that is after the horizon. */
  readonly cullDay: number | null;
  readonly hensPlaced: number;
  readonly lay: LayCurve;
  readonly weight: EggWeightCurve;
  /** Day index i is placedDay + i: hens alive at the start of the day, deaths during it, eggs laid. */
  readonly alive: Int32Array;
  readonly deaths: Int32Array;
  readonly eggs: Int32Array;
  /** The flock's own random stream for grading its lots, drawn in day order. */
  readonly gradingRng: Rng;
}

const WEEK = 7;
/** Weeks a house is in use per cycle plus cleaning, used to stagger the houses of a farm. */
const NOMINAL_CYCLE_WEEKS = 66;
const NOMINAL_IN_HOUSE_WEEKS = 63;

/** Hot season (Mar – May) lowers lay and egg size; cold spells (Dec – Jan) lift lay (DOMAIN.md). */
export function seasonalLay(month: number): number {
  if (month >= 3 && month <= 5) return 0.98;
  if (month === 12 || month === 1) return 1.01;
  return 1;
}

export function seasonalGrams(month: number): number {
  return month >= 3 && month <= 5 ? -1.5 : 0;
}

/** Plans every flock of every house of the farm from `startDay` to `endDay` and simulates it. */
export function simulateFarmFlocks(farm: Farm, rng: Rng, startDay: number, endDay: number): Flock[] {
  const flocks: Flock[] = [];
  const farmPhase = rng.next();
  for (const house of farm.houses) {
    const r = rng.fork(`house-${house.index}`);
    // Houses of a farm are spread over the cycle so that the farm lays all year.
    const phase = (farmPhase + (house.index - 1) / farm.houses.length + r.uniform(-0.04, 0.04) + 1) % 1;
    const intoCycle = Math.round(phase * NOMINAL_CYCLE_WEEKS * WEEK);
    let placedDay =
      intoCycle < NOMINAL_IN_HOUSE_WEEKS * WEEK
        ? startDay - intoCycle
        : startDay + NOMINAL_CYCLE_WEEKS * WEEK - intoCycle;
    for (let cycle = 1; placedDay <= endDay; cycle++) {
      const flock = simulateFlock(
        farm,
        house.index,
        cycle,
        placedDay,
        house.capacity,
        r.fork(`cycle-${cycle}`),
        endDay,
      );
      flocks.push(flock);
      if (flock.cullDay === null) break;
      placedDay = flock.cullDay + r.int(14, 28);
    }
  }
  return flocks;
}

function simulateFlock(
  farm: Farm,
  house: number,
  cycle: number,
  placedDay: number,
  capacity: number,
  rng: Rng,
  endDay: number,
): Flock {
  const placeAgeDays = rng.int(16, 18) * WEEK;
  const hatchDay = placedDay - placeAgeDays;
  const cullAgeDays = Math.round(rng.uniform(78, 82) * WEEK);
  const plannedCull = hatchDay + cullAgeDays;
  const cullDay = plannedCull <= endDay ? plannedCull : null;
  const lastDay = cullDay === null ? endDay : cullDay - 1;
  const days = lastDay - placedDay + 1;
  const hensPlaced = Math.round((capacity * rng.uniform(0.96, 1)) / 10) * 10;
  const lay = randomLayCurve(rng);
  const weight = randomEggWeightCurve(rng);

  // Cycle mortality 5 – 10 % (DOMAIN.md), higher in the first fortnight and late in lay.
  const mortality = rng.uniform(0.05, 0.1);
  const shape = (day: number): number => {
    const ageWeeks = (day - hatchDay) / WEEK;
    if (day - placedDay < 14) return 2;
    return ageWeeks > 60 ? 1.4 : 1;
  };
  let shapeSum = 0;
  for (let d = placedDay; d < plannedCull; d++) shapeSum += shape(d);
  const baseHazard = -Math.log(1 - mortality) / shapeSum;

  const alive = new Int32Array(days);
  const deaths = new Int32Array(days);
  const eggs = new Int32Array(days);
  let hens = hensPlaced;
  for (let i = 0; i < days; i++) {
    const day = placedDay + i;
    const month = monthOf(day);
    alive[i] = hens;
    // A hot spell now and then in April – May kills more hens on one day.
    const spike = (month === 4 || month === 5) && rng.chance(0.01) ? 8 : 1;
    const dead = Math.min(hens - 1, rng.roundStochastic(hens * baseHazard * shape(day) * spike));
    deaths[i] = dead;
    const rate = henDayRate((day - hatchDay) / WEEK, lay);
    if (rate > 0) {
      const noise = 1 + Math.max(-0.03, Math.min(0.03, 0.012 * rng.normal()));
      eggs[i] = Math.min(hens, rng.roundStochastic(hens * rate * seasonalLay(month) * noise));
    }
    hens -= dead;
  }
  return {
    flockId: `${farm.farmId}-H${house}-C${String(cycle).padStart(2, '0')}`,
    farm,
    house,
    breed: BREEDS[Math.floor(rng.next() * BREEDS.length)] as string,
    hatchDay,
    placedDay,
    cullDay,
    hensPlaced,
    lay,
    weight,
    alive,
    deaths,
    eggs,
    gradingRng: rng.fork('grading'),
  };
}

/** Hens alive at the start of a day (0 outside the flock's simulated life). */
export function hensOn(flock: Flock, day: number): number {
  const i = day - flock.placedDay;
  return i >= 0 && i < flock.alive.length ? (flock.alive[i] as number) : 0;
}
