import { dayNumber } from '../../read-side/dates';

/** A flock as the hen-day arithmetic needs it. */
export interface FlockHistory {
  readonly placedOn: string;
  readonly hensPlaced: number;
  /** Sorted by day. */
  readonly losses: readonly (readonly [day: string, deaths: number, culled: number])[];
}

/** What one flock contributes to its member's period. */
export interface FlockPeriod {
  /** Σ over the period's days of the hens alive that day. */
  readonly henDays: number;
  /** Hens alive on the period's first day (0 for a flock placed later). */
  readonly hensAtStart: number;
  /**
   * Σ over the period's days the flock was housed (from its placement until a day with no hen
   * alive) of the hens housed at placement: the denominator of hen-housed production.
   */
  readonly housedHenDays: number;
  /** Hens placed during the period (after its first day). */
  readonly placedInPeriod: number;
  readonly deaths: number;
  readonly culled: number;
}

/**
 * Hens alive on day d = hens placed − the deaths and culls recorded on or
 * before d, from the day of placement on: a hen counted dead on day 6 is not
 * counted alive that day (as metrics/member-performance.spec.ts reads it). The
 * period's hen-days are the integral of that step function over [from, to],
 * one segment per loss, so a long flock costs its losses, not its days.
 */
export function flockPeriod(flock: FlockHistory, from: string, to: string): FlockPeriod {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const placed = dayNumber(flock.placedOn);
  let deaths = 0;
  let culled = 0;
  for (const [day, d, c] of flock.losses) {
    const n = dayNumber(day);
    if (n >= first && n <= last) {
      deaths += d;
      culled += c;
    }
  }
  const start = Math.max(first, placed);
  if (start > last) return { henDays: 0, hensAtStart: 0, housedHenDays: 0, placedInPeriod: 0, deaths, culled };
  let alive = flock.hensPlaced - lostBy(flock.losses, start);
  let henDays = 0;
  let at = start;
  // The first day with no hen alive ends the flock's housing (last + 1: housed through the period).
  let emptyFrom = alive <= 0 ? start : last + 1;
  for (const [day, d, c] of flock.losses) {
    const n = dayNumber(day);
    if (n <= start || n > last) continue;
    henDays += Math.max(0, alive) * (n - at);
    alive -= d + c;
    at = n;
    if (alive <= 0 && emptyFrom > last) emptyFrom = n;
  }
  henDays += Math.max(0, alive) * (last - at + 1);
  const aliveAtStart = Math.max(0, flock.hensPlaced - lostBy(flock.losses, first));
  return {
    henDays,
    hensAtStart: placed <= first ? aliveAtStart : 0,
    housedHenDays: flock.hensPlaced * (emptyFrom - start),
    placedInPeriod: placed > first ? flock.hensPlaced : 0,
    deaths,
    culled,
  };
}

function lostBy(losses: readonly (readonly [string, number, number])[], dayN: number): number {
  let lost = 0;
  for (const [day, d, c] of losses) if (dayNumber(day) <= dayN) lost += d + c;
  return lost;
}
