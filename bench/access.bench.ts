/**
 * Access benchmark. Run: `npm run bench:access`.
 *
 * On the platform as `createPlatform` makes it (embedded defaults, a temp data dir), in process (fastify's inject,
 * no sockets):
 * - sign-in: `POST /auth/sign-in` at the argon2id parameters chosen (each a hash verify), and the hash itself;
 * - the guard alone: `AccessGuard.canActivate` on a route that declares roles, with a real session token looked up
 *   among BENCH_SESSIONS sessions (the reflector, the SHA-256, the account file's change counters — the same token
 *   again is answered from memory while the file is unchanged — and the grants);
 * - a command (`POST /partners`, appended and synced) and an analytics query (`GET /analytics/price-premium`)
 *   through the whole HTTP path as a signed-in manager, to set the guard's cost against a request's.
 *
 * Knobs: BENCH_REQUESTS (2000), BENCH_GUARD_CALLS (100000), BENCH_SESSIONS (1000), BENCH_SIGN_INS (30).
 * The report (Markdown) goes to stdout, progress to stderr.
 */
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { AccountStore } from '@khai/access';
import { AccessGuard, AUTHENTICATOR, type Authenticator, Roles } from '@khai/event-sourcing';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from '../apps/platform/src/config';
import { createPlatform } from '../apps/platform/src/platform';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const GUARD_CALLS = Number(process.env.BENCH_GUARD_CALLS ?? 100_000);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 1000);
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 30);

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const us = (ms: number): string => (ms * 1000).toFixed(1);

function summary(samples: number[]): { p50: number; p99: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
  return { p50: at(0.5), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/** A route's handler, declared as the platform's are, for the guard to read. */
class Probe {
  @Roles('manager', 'staff')
  handle(): void {}
}

async function timed(times: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function main(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const dataDir = mkdtempSync(join(tmpdir(), 'khai-bench-access-'));
  const app: NestFastifyApplication = await createPlatform(loadConfig({ KHAI_DATA_DIR: dataDir }), false);
  await app.init();
  try {
    const accounts = app.get(AccountStore);
    const password = randomBytes(18).toString('base64url');
    await accounts.add({ username: 'bench-manager', role: 'manager', password }, 'bench');
    log(`opening ${SESSIONS} sessions …`);
    for (let i = 1; i < SESSIONS; i++) await accounts.signIn('bench-manager', password);

    log(`signing in ${SIGN_INS} times …`);
    const signIn = () =>
      app.inject({
        method: 'POST',
        url: '/auth/sign-in',
        payload: { username: 'bench-manager', password, session: 'bearer' },
      });
    const signIns = summary(await timed(SIGN_INS, signIn));
    const token = (await signIn()).json<{ token: string }>().token;
    const headers = { authorization: `Bearer ${token}` };

    log(`the guard alone, ${GUARD_CALLS} calls …`);
    const guard = new AccessGuard(app.get(Reflector), app.get<Authenticator>(AUTHENTICATOR));
    const request = { headers, params: {}, query: {}, body: undefined, method: 'GET', routeOptions: { url: '/' } };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the guard reads the handler's metadata, never calls it
    const handler = Probe.prototype.handle;
    const context = {
      getHandler: () => handler,
      getClass: () => Probe,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
    for (let i = 0; i < 1000; i++) await guard.canActivate(context);
    const g0 = performance.now();
    for (let i = 0; i < GUARD_CALLS; i++) await guard.canActivate(context);
    const guardMs = (performance.now() - g0) / GUARD_CALLS;
    const l0 = performance.now();
    for (let i = 0; i < GUARD_CALLS; i++) accounts.principalOf(token);
    const lookupMs = (performance.now() - l0) / GUARD_CALLS;

    log(`${REQUESTS} commands and ${REQUESTS} queries over inject …`);
    const run = randomBytes(3).toString('hex');
    const command = (i: number) =>
      app.inject({
        method: 'POST',
        url: '/partners',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: {
          partnerId: `B-${run}-${i}`,
          name: `Buyer ${i}`,
          kind: 'BUYER',
          channel: 'WHOLESALER',
          registeredOn: '2024-01-01',
        },
      });
    const query = () =>
      app.inject({ method: 'GET', url: '/analytics/price-premium?from=2024-01-01&to=2024-01-31', headers });
    await timed(100, (i) => command(REQUESTS + i));
    await timed(100, query);
    const commands = summary(await timed(REQUESTS, command));
    const queries = summary(await timed(REQUESTS, query));

    const share = (of: number) => `${((guardMs / of) * 100).toFixed(1)} %`;
    console.log(`# Access benchmark\n`);
    console.log(`- Date: ${new Date().toISOString()}`);
    console.log(`- Machine: ${cpus()[0]?.model ?? '?'} × ${availableParallelism()}, ${platform()} ${release()}`);
    console.log(`- Node ${process.version}; load average at start ${load}`);
    console.log(`- ${SESSIONS} sessions in the account file; ${REQUESTS} requests of each kind\n`);
    console.log('| what | mean | p50 | p99 |');
    console.log('|---|---|---|---|');
    console.log(
      `| sign-in (argon2id verify, m=19 MiB, t=2, p=1) | ${signIns.mean.toFixed(1)} ms | ${signIns.p50.toFixed(1)} ms | ${signIns.p99.toFixed(1)} ms |`,
    );
    console.log(`| the guard alone (token lookup, grants) | ${us(guardMs)} µs | | |`);
    console.log(`| of which the token's lookup (counters read, principal from memory) | ${us(lookupMs)} µs | | |`);
    console.log(
      `| command \`POST /partners\` | ${us(commands.mean)} µs | ${us(commands.p50)} µs | ${us(commands.p99)} µs |`,
    );
    console.log(
      `| query \`GET /analytics/price-premium\` | ${us(queries.mean)} µs | ${us(queries.p50)} µs | ${us(queries.p99)} µs |`,
    );
    console.log(
      `\nThe guard's share: ${share(commands.mean)} of a command's mean time, ${share(queries.mean)} of a query's.`,
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
