// Dashboard benchmark (issue 16): how long the managers' dashboard takes to be fully drawn in Chromium, on years of
// generated data. Run: `npm run bench:dashboard` (builds the platform and the web app first).
//
// On a copy of a data directory (BENCH_DATA_DIR, or the demo data `npm run demo` makes: BENCH_YEARS generated years,
// 5 by default, ending last month, so that the dashboard's default year is full), the platform runs as `scripts/run.sh` starts it; once its read models
// are live (`/health/ready`), Debian's Chromium (KHAI_CHROMIUM, /usr/bin/chromium) signs in as a manager and opens
// /dashboard BENCH_RUNS times (5). "Fully drawn": every panel has its answer (no `aria-busy` panel is left) and every
// chart's SVG is in the page, two animation frames later; the time is the page's own clock from the navigation's
// start. Each run is a new page load (the bundle from the browser's cache after the first). Report on stdout.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist', 'apps', 'platform', 'src');
const YEARS = Number(process.env.BENCH_YEARS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.KHAI_CHROMIUM ?? '/usr/bin/chromium';
const GOAL_MS = 1000;

const log = (message) => process.stderr.write(`${message}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function until(what, seconds, check) {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`${what} not within ${seconds} s`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function main() {
  for (const built of [join(DIST, 'main.js'), join(ROOT, 'apps', 'web', 'dist', 'index.html')])
    if (!existsSync(built)) throw new Error(`${built} is not built (npm run bench:dashboard builds it)`);
  const work = mkdtempSync(join(tmpdir(), 'khai-bench-dashboard-'));
  const dataDir = join(work, 'data');
  let platform;
  let browser;
  try {
    let source = process.env.BENCH_DATA_DIR;
    if (source === undefined) {
      source = join(work, 'demo');
      log(`making the demo data (${YEARS} years, as \`npm run demo\` does) in ${source} …`);
      execFileSync(
        process.execPath,
        [join(DIST, 'cli', 'demo.js'), '--dir', source, '--years', String(YEARS), '--no-start'],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
    }
    cpSync(source, dataDir, { recursive: true });

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { ...process.env, KHAI_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
    const password = randomBytes(18).toString('base64url');
    execFileSync(process.execPath, [join(DIST, 'cli', 'users.js'), 'add', 'bench.manager', '--role', 'manager'], {
      env,
      input: `${password}\n`,
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    const started = Date.now();
    platform = spawn(
      process.execPath,
      ['--min-semi-space-size=16', '--max-semi-space-size=16', join(DIST, 'main.js')],
      { env, stdio: 'ignore' },
    );
    await until('/health/ready', 600, async () => (await fetch(`${url}/health/ready`).catch(() => undefined))?.ok);
    const head = (await (await fetch(`${url}/health`)).json()).headPosition;
    log(`platform ready after ${((Date.now() - started) / 1000).toFixed(1)} s on ${head} events`);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const context = await browser.newContext({ baseURL: url, viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.locator('input[autocomplete="username"]').fill('bench.manager');
    await page.locator('input[type="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));

    const times = [];
    const loadAtStart = load();
    for (let run = 1; run <= RUNS; run++) {
      await page.goto('/dashboard');
      const ms = await page.waitForFunction(
        () => {
          const panels = document.querySelectorAll('section.panel');
          if (panels.length === 0 || document.querySelector('section.panel[aria-busy="true"]')) return false;
          const charts = document.querySelectorAll('.chart[role="img"]');
          if ([...charts].some((c) => c.querySelector('svg') === null)) return false;
          return new Promise((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))),
          );
        },
        undefined,
        { timeout: 120_000, polling: 'raf' },
      );
      const drawn = await ms.jsonValue();
      const counts = await page.evaluate(() => {
        const api = performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.startsWith('/analytics'));
        const slowest = api.reduce((a, b) => (b.duration > (a?.duration ?? -1) ? b : a), undefined);
        const script = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js'))
          .reduce((end, e) => Math.max(end, e.responseEnd), 0);
        return {
          panels: document.querySelectorAll('section.panel').length,
          charts: document.querySelectorAll('.chart[role="img"] svg').length,
          failed: document.querySelectorAll('section.panel [role="alert"]').length,
          requests: api.length,
          lastAnswer: api.reduce((end, e) => Math.max(end, e.responseEnd), 0),
          scripts: script,
          slowest: slowest === undefined ? '' : `${new URL(slowest.name).pathname} ${slowest.duration.toFixed(0)} ms`,
        };
      });
      if (counts.failed > 0) throw new Error(`run ${run}: ${counts.failed} panels answered with a problem`);
      log(
        `run ${run}: ${drawn.toFixed(0)} ms (${counts.panels} panels, ${counts.charts} charts; scripts in at ` +
          `${counts.scripts.toFixed(0)} ms, ${counts.requests} API requests, the last answered at ` +
          `${counts.lastAnswer.toFixed(0)} ms, slowest ${counts.slowest})`,
      );
      times.push({ drawn, ...counts });
    }
    const sorted = times.map((t) => t.drawn).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const first = times[0];
    const atMedian = times.find((t) => t.drawn === median);
    const cpu = cpus();
    const lines = [
      `- Date: ${new Date().toISOString()}; Node ${process.version}; ${cpu[0]?.model ?? '?'} — ${cpu.length} cores; Chromium ${browser.version()}`,
      `- Load average at start: ${loadAtStart} (other processes on the machine skew the numbers)`,
      `- Log: ${head.toLocaleString('en-US')} events (${process.env.BENCH_DATA_DIR ?? `the demo data: ${YEARS} years ending last month`})`,
      '',
      '| Dashboard (`/dashboard`, default filters: the last 12 months by month) | fully drawn, ms |',
      '|---|---:|',
      `| first load (bundle from the server) | ${first.drawn.toFixed(0)} |`,
      `| median of ${RUNS} loads | ${median.toFixed(0)} |`,
      `| slowest | ${sorted[sorted.length - 1].toFixed(0)} |`,
      '',
      `In the median load: scripts in at ${atMedian.scripts.toFixed(0)} ms; ${atMedian.requests} API requests, the last ` +
        `answered at ${atMedian.lastAnswer.toFixed(0)} ms; the slowest ${atMedian.slowest}.`,
      '',
      `${first.panels} panels, ${first.charts} charts drawn. Goal: under ${GOAL_MS} ms — ${median < GOAL_MS ? 'met' : 'not met'} (median).`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser?.close();
    if (platform && platform.exitCode === null) {
      const exited = new Promise((done) => platform.once('exit', done));
      platform.kill('SIGTERM');
      await exited;
    }
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
