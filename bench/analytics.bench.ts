/**
 * Negotiated-price analytics benchmark. Run: `npm run bench:analytics`
 *
 * Generates the cooperative's history (`generateCooperative`: 60 members, 5 years
 * by default) into an in-memory event store, rebuilds every analytics document
 * projection into the in-memory read model through the ReadModelRunner, then
 * times mixed queries through the query handlers, in process (no HTTP):
 * GET /analytics/negotiated-prices (goal: p99 < 10 ms) and GET /analytics/negotiations.
 *
 * With MONGO_URL set (e.g. the local FerretDB: `source scripts/local-servers.sh`),
 * the read models are then loaded into that MongoDB-wire server (a staged
 * rebuild) and the same queries are timed against it.
 *
 * Knobs: BENCH_YEARS (5), BENCH_MEMBERS (60), BENCH_QUERIES (1000), BENCH_SEED (42).
 * The report (Markdown) goes to stdout, progress to stderr.
 */
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

import { analyticsProjections } from '@khai/analytics';
import { InMemoryEventStore } from '@khai/event-sourcing';
import { generateCooperative, Rng } from '@khai/generator';
import { InMemoryReadModelStore, MongoReadModelStore, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { BUYER_CHANNELS } from '@khai/registry';

import type { NegotiatedPricesParams } from '../libs/analytics/src/projections/negotiated-prices/negotiated-prices.dto';
import {
  GetNegotiatedPricesHandler,
  GetNegotiatedPricesQuery,
} from '../libs/analytics/src/projections/negotiated-prices/negotiated-prices.query';
import {
  GetNegotiationsHandler,
  GetNegotiationsQuery,
} from '../libs/analytics/src/projections/negotiations/negotiations.query';
import { type PartnerDoc, PARTNERS } from '../libs/analytics/src/projections/partners/partners.projection';
import { ReferenceSeriesCache } from '../libs/analytics/src/read-side/reference-series';

const YEARS = Number(process.env.BENCH_YEARS ?? 5);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 60);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const MONGO_URL = process.env.MONGO_URL;
const GOAL_P99_MS = 10;
const GOAL_REBUILD_EVENTS_PER_S = 200_000;

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => n.toFixed(2);

function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

async function main(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const events = new InMemoryEventStore();
  log(`generating ${YEARS} years × ${MEMBERS} members …`);
  const generated = await generateCooperative({ store: events, years: YEARS, members: MEMBERS, seed: SEED });
  log(`  ${fmt(generated.events)} events in ${(generated.elapsedMs / 1000).toFixed(1)} s`);

  const store = new InMemoryReadModelStore();
  const projections = analyticsProjections();
  const runner = new ReadModelRunner(events, store, projections);
  const rebuilds: { name: string; seconds: number; docs: number }[] = [];
  const all0 = performance.now();
  for (const p of projections) {
    const t0 = performance.now();
    await runner.rebuild(p.name);
    const seconds = (performance.now() - t0) / 1000;
    let docs = 0;
    for (const c of p.collections) docs += await store.count(c);
    rebuilds.push({ name: p.name, seconds, docs });
    log(`  rebuilt ${p.name}: ${docs} documents in ${seconds.toFixed(2)} s`);
  }
  const allSeconds = (performance.now() - all0) / 1000;
  const rate = (seconds: number): number => generated.events / seconds;
  const slowest = rebuilds.reduce((a, b) => (b.seconds > a.seconds ? b : a));

  const memoryQueries = await timeQueries(store, runner, generated);
  let mongoQueries: QueryTimes | undefined;
  let mongoLoad = 0;
  if (MONGO_URL) {
    const dbName = `khai_bench_analytics_${Date.now()}`;
    const mongo = await MongoReadModelStore.connect(MONGO_URL, { dbName });
    const mongoRunner = new ReadModelRunner(events, mongo, projections);
    const t0 = performance.now();
    for (const p of projections) {
      await mongoRunner.rebuild(p.name);
      log(`  loaded ${p.name} into ${MONGO_URL}`);
    }
    mongoLoad = (performance.now() - t0) / 1000;
    mongoQueries = await timeQueries(mongo, mongoRunner, generated);
    await mongoRunner.stop();
    await mongo.close();
  }

  const row = (label: string, s: readonly number[]): string =>
    `| ${label} | ${fmt(s.length)} | ${ms(quantile(s, 0.5))} | ${ms(quantile(s, 0.99))} | ${ms(s[s.length - 1] as number)} |`;
  const queryRows = (q: QueryTimes): string[] => [
    row('negotiated-prices, mixed', q.samples),
    ...[...q.byGranularity.entries()].sort().map(([g, s]) =>
      row(
        `… of which granularity=${g}`,
        [...s].sort((a, b) => a - b),
      ),
    ),
    row('negotiated-prices, whole history by day, 500 rows a page', q.whole),
    row('negotiated-prices, whole history by month, cold (nothing valued yet)', q.cold),
    row('negotiations, mixed periods and buyers', q.negotiationSamples),
  ];
  const p99 = quantile(memoryQueries.samples, 0.99);
  const mongoP99 = mongoQueries ? quantile(mongoQueries.samples, 0.99) : undefined;
  const lines = [
    `- Date: ${new Date().toISOString()}`,
    `- Node: ${process.version} (${platform()} ${release()}); CPU: ${cpus()[0]?.model ?? '?'} — ${availableParallelism()} cores; RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB; built with SWC, run by node`,
    `- Load average at start: ${load}`,
    `- Log: \`generateCooperative\` seed ${SEED}, ${YEARS} years × ${MEMBERS} members, ${generated.startDate} to ${generated.to} (history from ${generated.from}): ${fmt(generated.events)} events, ${fmt(generated.byType.SaleRecorded ?? 0)} SaleRecorded, ${fmt(generated.byType.ReferencePriceAnnounced ?? 0)} ReferencePriceAnnounced, ${fmt(generated.byType.PriceNegotiationOpened ?? 0)} negotiations`,
    '',
    `| Projection (rebuild into memory, ${fmt(generated.events)} log events each) | Documents | Seconds | Log events/s |`,
    '|---|---:|---:|---:|',
    ...rebuilds.map((r) => `| ${r.name} | ${fmt(r.docs)} | ${r.seconds.toFixed(2)} | ${fmt(rate(r.seconds))} |`),
    `| all of them, one after another | ${fmt(rebuilds.reduce((n, r) => n + r.docs, 0))} | ${allSeconds.toFixed(2)} | ${fmt(rate(allSeconds))} |`,
    '',
    `Goal: each projection rebuilds at ≥ ${fmt(GOAL_REBUILD_EVENTS_PER_S)} log events/s in memory — slowest ${slowest.name} at ${fmt(rate(slowest.seconds))}: ${rate(slowest.seconds) >= GOAL_REBUILD_EVENTS_PER_S ? 'met' : 'NOT met'}.`,
    '',
    '| Query on the in-memory read models (in process, through the query handler) | Queries | p50 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    ...queryRows(memoryQueries),
    '',
    `Goal: p99 < ${GOAL_P99_MS} ms for the mixed negotiated-price queries — measured ${ms(p99)} ms: ${p99 < GOAL_P99_MS ? 'met' : 'NOT met'}.`,
    ...(mongoQueries && mongoP99 !== undefined
      ? [
          '',
          `Read models loaded into ${MONGO_URL} (staged rebuild of every projection) in ${mongoLoad.toFixed(1)} s.`,
          '',
          '| Query on the MongoDB-wire read models (in process, through the query handler) | Queries | p50 ms | p99 ms | max ms |',
          '|---|---:|---:|---:|---:|',
          ...queryRows(mongoQueries),
          '',
          `On MongoDB wire: p99 ${ms(mongoP99)} ms for the mixed negotiated-price queries: ${mongoP99 < GOAL_P99_MS ? 'met' : 'NOT met'}.`,
        ]
      : ['', 'MONGO_URL not set: the queries were not timed against a MongoDB-wire server.']),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await runner.stop();
}

interface QueryTimes {
  readonly samples: number[];
  readonly byGranularity: Map<string, number[]>;
  readonly whole: number[];
  readonly cold: number[];
  readonly negotiationSamples: number[];
}

/** The mixed queries, the whole-history ones and the cold ones, timed against one read-model store. */
async function timeQueries(
  store: ReadModelStore,
  runner: ReadModelRunner,
  generated: { startDate: string; to: string },
): Promise<QueryTimes> {
  const prices = new GetNegotiatedPricesHandler(store, runner, new ReferenceSeriesCache(store));
  const negotiations = new GetNegotiationsHandler(store, runner);
  const buyers = (await store.find<PartnerDoc>(PARTNERS, { where: { kind: 'BUYER' } })).map((b) => b.partnerId);
  const start = Date.parse(`${generated.startDate}T00:00:00Z`);
  const end = Date.parse(`${generated.to}T00:00:00Z`);
  const rng = new Rng(SEED);

  /** A manager's question: a period of a week to the whole history, at a granularity that suits it, some filters. */
  const randomParams = (): NegotiatedPricesParams => {
    const spanDays = rng.pick([7, 31, 92, 365, 365 * 2, Math.round((end - start) / 86_400_000)]);
    const from = start + rng.int(0, Math.max(0, Math.round((end - start) / 86_400_000) - spanDays)) * 86_400_000;
    const granularity =
      spanDays <= 92 ? rng.pick(['day', 'week'] as const) : rng.pick(['day', 'week', 'month'] as const);
    return {
      from: day(from),
      to: day(Math.min(end, from + spanDays * 86_400_000)),
      granularity,
      ...(rng.chance(0.3) ? { buyerId: rng.pick(buyers) } : {}),
      ...(rng.chance(0.3) ? { size: rng.int(0, 4) } : {}),
      ...(rng.chance(0.2) ? { channel: rng.pick(BUYER_CHANNELS) } : {}),
      ...(rng.chance(0.3) ? { page: rng.int(1, 3) } : {}),
      pageSize: rng.pick([50, 100, 200]),
    };
  };

  const time = async (n: number, run: () => Promise<unknown>): Promise<number[]> => {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await run();
      samples.push(performance.now() - t0);
    }
    return samples.sort((a, b) => a - b);
  };

  // Warm-up: JIT, and the reference series cache filled once (as it is after the first query of a running app).
  await time(50, () => prices.execute(new GetNegotiatedPricesQuery(randomParams())));
  const byGranularity = new Map<string, number[]>();
  const samples = await time(QUERIES, async () => {
    const params = randomParams();
    const t0 = performance.now();
    await prices.execute(new GetNegotiatedPricesQuery(params));
    const list = byGranularity.get(params.granularity) ?? [];
    list.push(performance.now() - t0);
    byGranularity.set(params.granularity, list);
  });
  const whole = await time(100, () =>
    prices.execute(
      new GetNegotiatedPricesQuery({ from: generated.startDate, to: generated.to, granularity: 'day', pageSize: 500 }),
    ),
  );
  // Cold: a new handler each time, as after a reference price is announced (every month document valued again).
  const cold = await time(20, () =>
    new GetNegotiatedPricesHandler(store, runner, new ReferenceSeriesCache(store)).execute(
      new GetNegotiatedPricesQuery({ from: generated.startDate, to: generated.to, granularity: 'month' }),
    ),
  );
  const negotiationSamples = await time(QUERIES, () => {
    const params = randomParams();
    return negotiations.execute(
      new GetNegotiationsQuery({
        from: params.from,
        to: params.to,
        ...(params.buyerId === undefined ? {} : { buyerId: params.buyerId }),
      }),
    );
  });

  return { samples, byGranularity, whole, cold, negotiationSamples };
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
