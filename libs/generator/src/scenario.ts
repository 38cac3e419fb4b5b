import type { FlockCulled, FlockMortalityRecorded } from '@khai/registry';

import { Agenda, type PlannedAppend } from './agenda';
import { dayOf, isoOf } from './calendar';
import { planFeed } from './feed-plan';
import { type Flock, simulateFarmFlocks } from './flocks';
import { planMarket } from './market-plan';
import type { ResolvedOptions } from './options';
import { FeedMarket, ReferenceSeries } from './prices';
import { Rng } from './prng';
import { collectAndGrade, type GradedLot } from './production-day';
import { planMembers, planPartners, planPlacements } from './registry-plan';
import { SalesDesk } from './sales-day';
import { planNegotiations } from './sales-plan';
import { MemberBooks } from './settlement-plan';
import { buildMembers, BUYER_PROFILES, type Farm, SUPPLIER_PROFILES } from './world';

/** Mortality is written up weekly, as on a farm's record sheet, and at the cull. */
const MORTALITY_EVERY_DAYS = 7;
/** The earliest a first flock can have been placed before the start (63 weeks in the house), plus a margin. */
const HISTORY_DAYS = 64 * 7 + 30;

/** The cooperative's world, planned and simulated up front; the day loop then writes it out in date order. */
export interface Scenario {
  readonly agenda: Agenda;
  readonly flocks: readonly Flock[];
  readonly desk: SalesDesk;
  readonly books: MemberBooks;
  readonly firstDay: number;
}

export function planScenario(options: ResolvedOptions): Scenario {
  const { startDay, endDay } = options;
  const root = new Rng(options.seed);
  const agenda = new Agenda();
  const members = buildMembers(
    root.fork('members'),
    options.members,
    startDay - HISTORY_DAYS,
    options.feedGramsPerHenDay,
  );
  const farms: Farm[] = members.flatMap((m) => m.farms);
  const buyers = BUYER_PROFILES.slice(0, options.buyers);
  const suppliers = SUPPLIER_PROFILES.slice(0, options.suppliers);

  planMembers(agenda, members, options.citizenIdClaimKey);
  const partnersDay = Math.min(dayOf('2019-08-01'), startDay - HISTORY_DAYS);
  planPartners(agenda, root.fork('partners'), partnersDay, buyers, suppliers);

  const flocks: Flock[] = [];
  const flocksByFarm = new Map<string, Flock[]>();
  for (const farm of farms) {
    const own = simulateFarmFlocks(farm, root.fork(`farm-${farm.farmId}`), startDay, endDay);
    flocksByFarm.set(farm.farmId, own);
    flocks.push(...own);
  }
  flocks.sort((a, b) => a.placedDay - b.placedDay || (a.flockId < b.flockId ? -1 : 1));
  planPlacements(agenda, flocks);

  const series = new ReferenceSeries(options.publishedPrices);
  const market = new FeedMarket(root.fork('feed-market'), startDay - 120, endDay);
  planMarket(agenda, options.publishedPrices, market, endDay);
  planFeed(agenda, root.fork('feed'), farms, flocksByFarm, suppliers, market, startDay, endDay);

  const totalHens = farms.reduce((sum, f) => sum + f.hens, 0);
  const volume = buyers.reduce((sum, b) => sum + b.volume, 0);
  const desk = new SalesDesk(
    buyers.map((profile) => {
      const rng = root.fork(`buyer-${profile.partnerId}`);
      const eggsPerWeek = Math.round((totalHens * 0.8 * 7 * profile.volume) / volume / 30) * 30;
      const agreed = planNegotiations(
        agenda,
        rng.fork('negotiations'),
        profile,
        series,
        market,
        startDay,
        endDay,
        eggsPerWeek,
      );
      return { profile, rng: rng.fork('orders'), agreed };
    }),
    series,
    agenda,
  );
  const books = new MemberBooks(series, startDay, endDay);
  return { agenda, flocks, desk, books, firstDay: agenda.firstDay() ?? startDay };
}

/** Every append of the scenario, day by day from the first planned event to the end of the horizon. */
export function* scenarioAppends(options: ResolvedOptions, scenario: Scenario): Generator<PlannedAppend> {
  const { agenda, flocks, desk, books } = scenario;
  let next = 0;
  const active: Flock[] = [];
  const lastRecorded = new Map<Flock, number>();
  for (let day = scenario.firstDay; day <= options.endDay; day++) {
    for (const planned of agenda.take(day)) yield books.seen(planned);
    while (next < flocks.length && (flocks[next] as Flock).placedDay <= day) {
      const flock = flocks[next++] as Flock;
      active.push(flock);
      lastRecorded.set(flock, flock.placedDay);
    }
    const graded = [0, 0, 0, 0, 0, 0, 0];
    const packed: GradedLot[] = [];
    for (let i = 0; i < active.length; i++) {
      const flock = active[i] as Flock;
      const index = day - flock.placedDay;
      if (flock.cullDay === day) {
        yield cull(flock, day, lastRecorded.get(flock) as number);
        active.splice(i--, 1);
        continue;
      }
      if ((index + 1) % MORTALITY_EVERY_DAYS === 0) {
        const from = lastRecorded.get(flock) as number;
        const mortality = recordDeaths(flock, from, day + 1, day);
        lastRecorded.set(flock, day + 1);
        if (mortality) yield { day, streamName: `flock-${flock.flockId}`, events: [mortality] };
      }
      const eggs = flock.eggs[index] as number;
      if (day >= options.startDay && eggs > 0) {
        yield books.seen(collectAndGrade(flock, day, eggs, options.sizeLowerGrams, graded, packed));
      }
    }
    if (day >= options.startDay) yield* desk.day(day, packed, options.endDay);
    yield* books.endOfDay(day);
  }
}

/** Deaths of the days [from, to), recorded on `on`; none when no hen died. */
function recordDeaths(flock: Flock, from: number, to: number, on: number): FlockMortalityRecorded | null {
  let deaths = 0;
  for (let d = from; d < to; d++) deaths += flock.deaths[d - flock.placedDay] ?? 0;
  if (deaths === 0) return null;
  return { type: 'FlockMortalityRecorded', data: { flockId: flock.flockId, recordedOn: isoOf(on), deaths } };
}

/** On the cull day: the deaths not yet written up, then every hen left is culled. */
function cull(flock: Flock, day: number, lastRecorded: number): PlannedAppend {
  const mortality = recordDeaths(flock, lastRecorded, day, day);
  const last = flock.alive.length - 1;
  const hens = (flock.alive[last] as number) - (flock.deaths[last] as number);
  const culled: FlockCulled = {
    type: 'FlockCulled',
    data: { flockId: flock.flockId, culledOn: isoOf(day), hens, reason: 'end of the laying cycle (about 80 weeks)' },
  };
  return { day, streamName: `flock-${flock.flockId}`, events: mortality ? [mortality, culled] : [culled] };
}
