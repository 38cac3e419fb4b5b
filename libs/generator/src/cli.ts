import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { REQUEST_FINGERPRINT_KEY_PURPOSE } from '@khai/core';
import {
  type EventStore,
  InMemoryEventStore,
  PersonalDataEventStore,
  SqliteEventStore,
  SqlitePersonalDataVault,
} from '@khai/event-sourcing';
import { CITIZEN_ID_CLAIM_KEY_PURPOSE, REGISTRY_PERSONAL_FIELDS } from '@khai/registry';

import { generateCooperative, type GenerateResult } from './generate';

export interface CliIo {
  readonly log: (line: string) => void;
  /** Opens the store to write into; default: SQLite at `--db` (or in memory with `--memory`). */
  readonly openStore?: (args: CliArgs) => EventStore;
}

export interface CliArgs {
  readonly seed?: number;
  readonly years?: number;
  readonly members?: number;
  readonly buyers?: number;
  readonly suppliers?: number;
  readonly startDate?: string;
  readonly pricesDir?: string;
  readonly db: string;
  readonly memory: boolean;
  readonly synchronous: 'FULL' | 'NORMAL';
}

const USAGE =
  'usage: generate [--years 5] [--seed 42] [--members 60] [--buyers 8] [--suppliers 3] [--start 2021-01-01]\n' +
  '                [--prices data/published] [--db .data/events.sqlite | --memory] [--synchronous FULL|NORMAL]';

const NUMERIC = {
  '--seed': 'seed',
  '--years': 'years',
  '--members': 'members',
  '--buyers': 'buyers',
  '--suppliers': 'suppliers',
} as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const out: Record<string, unknown> = { db: resolve('.data/events.sqlite'), memory: false, synchronous: 'NORMAL' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--memory') {
      out.memory = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag in NUMERIC) {
      const n = Number(value);
      if (!Number.isInteger(n)) throw new Error(`${flag} must be a whole number, got "${value}"`);
      out[NUMERIC[flag as keyof typeof NUMERIC]] = n;
    } else if (flag === '--start') out.startDate = value;
    else if (flag === '--prices') out.pricesDir = value;
    else if (flag === '--db') out.db = resolve(value);
    else if (flag === '--synchronous' && (value === 'FULL' || value === 'NORMAL')) out.synchronous = value;
    else throw new Error(`unknown option ${flag} ${value}\n${USAGE}`);
  }
  return out as unknown as CliArgs;
}

/** The store to write into and, writing into a data directory, the installation's key of citizen-id claims. */
function defaultStore(args: CliArgs): {
  store: EventStore;
  citizenIdClaimKey?: Uint8Array;
  requestFingerprintKey?: Uint8Array;
} {
  if (args.memory) return { store: new InMemoryEventStore() };
  mkdirSync(dirname(args.db), { recursive: true });
  // Members' personal data sealed as the platform seals it, with keys beside the log (the platform's keys.sqlite),
  // and their citizen ids claimed under the platform's key, so that it finds the claims.
  const vault = new SqlitePersonalDataVault(keysFileOf(args.db));
  const citizenIdClaimKey = Buffer.from(vault.installationKey(CITIZEN_ID_CLAIM_KEY_PURPOSE));
  // The process managers' commands it writes get the ids the platform's would (EventStoreModule's key).
  const requestFingerprintKey = Buffer.from(vault.installationKey(REQUEST_FINGERPRINT_KEY_PURPOSE));
  const store = new PersonalDataEventStore(
    // The WAL checkpointed on a thread of its own, as the platform does: appends do not stall behind it (about a
    // fifth faster here, docs/benchmarks.md).
    new SqliteEventStore({ filename: args.db, synchronous: args.synchronous, checkpointThread: true }),
    vault,
    REGISTRY_PERSONAL_FIELDS,
    true,
  );
  return { store, citizenIdClaimKey, requestFingerprintKey };
}

/** The keys of the members' personal data written into the log at `db`: `keys.sqlite` in its directory. */
export function keysFileOf(db: string): string {
  return join(dirname(db), 'keys.sqlite');
}

export function summary(result: GenerateResult): string[] {
  const seconds = result.elapsedMs / 1000;
  return [
    `${result.events.toLocaleString('en')} events in ${result.streams.toLocaleString('en')} streams, ` +
      `${result.from} … ${result.to} (daily data from ${result.startDate})`,
    `${seconds.toFixed(1)} s, ${Math.round(result.events / Math.max(seconds, 0.001)).toLocaleString('en')} events/s`,
    ...Object.entries(result.byType).map(([type, n]) => `  ${type.padEnd(28)} ${n.toLocaleString('en')}`),
  ];
}

/**
 * `npm run generate -- --years 5 --seed 42`: generates the cooperative's history into
 * an empty event store. Resolves to the process exit code.
 */
export async function runGenerator(
  argv: readonly string[],
  io: CliIo = { log: (line) => console.log(line) },
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.log(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const { store, ...keys } = io.openStore ? { store: io.openStore(args) } : defaultStore(args);
  try {
    const result = await generateCooperative({ ...args, ...keys, store });
    for (const line of summary(result)) io.log(line);
    if (!args.memory && !io.openStore)
      io.log(`written to ${args.db}, members' personal data sealed (${keysFileOf(args.db)})`);
    return 0;
  } catch (error) {
    io.log(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await store.close();
  }
}
