import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import type { StoredDocument } from '@khai/read-models';

import { type Distribution, distribution } from '../../metrics/distribution';
import { type EggGrams, type MemberPeriodMetrics, memberPeriodMetrics } from '../../metrics/member-performance';
import { exactProduct } from '../../metrics/rounding';
import { dayNumber, isoOfDay } from '../../read-side/dates';
import { type ReferenceSeries, upperBound } from '../../read-side/reference-series';
import { flockPeriod } from './flock-days';
import type { IncomeFlockDoc, IncomeMonthDoc, PriceListDoc } from './member-income.projection';

/** How a member's egg revenue was valued: wholly at the member price lists, wholly at the reference, or both. */
export type RevenueBasis = 'member-price' | 'reference-price' | 'mixed';

export interface MemberIncome extends MemberPeriodMetrics {
  readonly memberId: string;
  /** Null when no egg was valued (none graded, or no price of any kind in force). */
  readonly revenueBasis: RevenueBasis | null;
  readonly eggsAtMemberPrice: number;
  readonly eggsAtReferencePrice: number;
  /** Graded eggs on days with neither a member price nor a reference price: in production, not in revenue. */
  readonly eggsUnpriced: number;
  readonly eggsBySize: readonly { readonly size: SizeClass; readonly eggs: number }[];
  readonly rejectedEggs: number;
  readonly feedKg: number;
  readonly henDays: number;
  /** Hens alive on the period's first day: with those placed during it, the base of mortality %. */
  readonly hensAliveAtStart: number;
  /** Σ hens housed at placement × days housed in the period: the base of hen-housed production %. */
  readonly housedHenDays: number;
  readonly hensPlacedInPeriod: number;
  readonly deaths: number;
  readonly culled: number;
}

export interface ClusterDistribution {
  /** Members with hen-days in the period. */
  readonly iofcPerHenDaySatang: Distribution;
  readonly henDayPct: Distribution;
  /** Every member listed: income over feed cost for the period, satang. */
  readonly iofcSatang: Distribution;
}

/** The member price lists, looked up by day: the latest effective on or before it; ties go to the one set last. */
export class MemberPriceLists {
  private readonly lists: readonly { effectiveFrom: string; prices: ReadonlyMap<number, number> }[];

  constructor(docs: readonly StoredDocument<PriceListDoc>[]) {
    this.lists = [...docs]
      .sort((a, b) =>
        a.effectiveFrom === b.effectiveFrom ? a._position - b._position : a.effectiveFrom < b.effectiveFrom ? -1 : 1,
      )
      .map((d) => ({ effectiveFrom: d.effectiveFrom, prices: new Map(d.prices.map((p) => [p.size, p.satangPerEgg])) }));
  }

  priceOf(day: string, size: SizeClass): number | undefined {
    return this.lists[upperBound(this.lists, (l) => l.effectiveFrom <= day) - 1]?.prices.get(size);
  }
}

class Accumulator {
  readonly sizes = new Array<number>(SIZE_CLASSES.length).fill(0);
  rejected = 0;
  revenue = 0;
  atMember = 0;
  atReference = 0;
  unpriced = 0;
  feedKg = 0;
  feedCost = 0;
  henDays = 0;
  hensAtStart = 0;
  housedHenDays = 0;
  placedInPeriod = 0;
  deaths = 0;
  culled = 0;
}

/**
 * Each member's income and production over [from, to] from the month documents
 * and flocks, and how it is spread across the cluster. A graded egg is valued at
 * the member price list in force on the day it was collected, for its size;
 * where no list prices that size on that day, at the reference in force (the
 * ladder's price for the size, else the mixed price). Rejects earn nothing here
 * (settlement pays graded eggs only) but count in production and egg mass.
 */
export function memberIncomes(
  from: string,
  to: string,
  months: readonly IncomeMonthDoc[],
  flocks: readonly IncomeFlockDoc[],
  lists: MemberPriceLists,
  references: ReferenceSeries,
  grams: EggGrams,
): MemberIncome[] {
  const byMember = new Map<string, Accumulator>();
  const of = (memberId: string): Accumulator => {
    let acc = byMember.get(memberId);
    if (!acc) byMember.set(memberId, (acc = new Accumulator()));
    return acc;
  };
  const first = dayNumber(from);
  const last = dayNumber(to);
  for (const doc of months) {
    const monthStart = dayNumber(`${doc.month}-01`) - 1;
    const inPeriod = (dayOfMonth: number) => monthStart + dayOfMonth >= first && monthStart + dayOfMonth <= last;
    for (const lot of doc.lots) {
      if (!inPeriod(lot.day)) continue;
      const acc = of(doc.memberId);
      const day = isoOfDay(monthStart + lot.day);
      acc.rejected += lot.rejected;
      lot.sizes.forEach((eggs, size) => {
        if (eggs === 0) return;
        acc.sizes[size] = (acc.sizes[size] as number) + eggs;
        const member = lists.priceOf(day, size as SizeClass);
        const reference = member === undefined ? references.priceOf(day, size as SizeClass) : undefined;
        const price = member ?? reference?.satangPerEgg;
        if (price === undefined) acc.unpriced += eggs;
        else {
          acc.revenue += exactProduct(eggs, price, 'egg revenue');
          if (member !== undefined) acc.atMember += eggs;
          else acc.atReference += eggs;
        }
      });
    }
    for (const [dayOfMonth, kg, satang] of doc.feed) {
      if (!inPeriod(dayOfMonth)) continue;
      const acc = of(doc.memberId);
      acc.feedKg += kg;
      acc.feedCost += satang;
    }
  }
  for (const flock of flocks) {
    if (flock.memberId === null || flock.placedOn === null) continue;
    const p = flockPeriod({ placedOn: flock.placedOn, hensPlaced: flock.hensPlaced, losses: flock.losses }, from, to);
    if (p.henDays === 0 && p.deaths === 0 && p.culled === 0 && !byMember.has(flock.memberId)) continue;
    const acc = of(flock.memberId);
    acc.henDays += p.henDays;
    acc.hensAtStart += p.hensAtStart;
    acc.housedHenDays += p.housedHenDays;
    acc.placedInPeriod += p.placedInPeriod;
    acc.deaths += p.deaths;
    acc.culled += p.culled;
  }
  return [...byMember.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([memberId, acc]) => incomeOf(memberId, acc, grams));
}

function incomeOf(memberId: string, acc: Accumulator, grams: EggGrams): MemberIncome {
  const eggsBySize = SIZE_CLASSES.filter((s) => (acc.sizes[s] as number) > 0).map((size) => ({
    size,
    eggs: acc.sizes[size] as number,
  }));
  const metrics = memberPeriodMetrics({
    gramsPerSize: grams,
    eggsBySize,
    rejectedEggs: acc.rejected,
    eggRevenueSatang: acc.revenue,
    feedCostSatang: acc.feedCost,
    feedKg: acc.feedKg,
    henDays: acc.henDays,
    housedHenDays: acc.housedHenDays,
    deaths: acc.deaths,
    // Mortality over every hen at risk in the period: those there at its start and those placed during it.
    hensPlaced: acc.hensAtStart + acc.placedInPeriod,
  });
  return {
    memberId,
    ...metrics,
    revenueBasis:
      acc.atMember > 0 && acc.atReference > 0
        ? 'mixed'
        : acc.atMember > 0
          ? 'member-price'
          : acc.atReference > 0
            ? 'reference-price'
            : null,
    eggsAtMemberPrice: acc.atMember,
    eggsAtReferencePrice: acc.atReference,
    eggsUnpriced: acc.unpriced,
    eggsBySize,
    rejectedEggs: acc.rejected,
    feedKg: acc.feedKg,
    henDays: acc.henDays,
    hensAliveAtStart: acc.hensAtStart,
    housedHenDays: acc.housedHenDays,
    hensPlacedInPeriod: acc.placedInPeriod,
    deaths: acc.deaths,
    culled: acc.culled,
  };
}

/** IOFC per hen-day and hen-day production over the members that kept hens; IOFC over every member listed. */
export function clusterDistribution(members: readonly MemberIncome[]): ClusterDistribution {
  const withHens = members.filter((m) => m.henDays > 0);
  return {
    iofcPerHenDaySatang: distribution(withHens.map((m) => m.iofcPerHenDaySatang as number)),
    henDayPct: distribution(withHens.map((m) => m.henDayPct as number)),
    iofcSatang: distribution(members.map((m) => m.iofcSatang)),
  };
}
