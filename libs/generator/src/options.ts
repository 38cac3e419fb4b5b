import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { parsePublishedPrices, type PublishedPrice } from '@khai/market';

import { dayOf } from './calendar';
import { TAS_LOWER_GRAMS } from './laying-curve';
import { BUYER_PROFILES, SUPPLIER_PROFILES } from './world';

export interface GeneratorOptions {
  /** Same seed and options ⇒ same events, ids included. Default 42. */
  readonly seed?: number;
  /** Years of daily data from startDate. Default 5. */
  readonly years?: number;
  /** Default 60 (DOMAIN.md: about 61). */
  readonly members?: number;
  /** 6 – 10 buyers. Default 8. */
  readonly buyers?: number;
  /** 2 – 3 feed suppliers. Default 3. */
  readonly suppliers?: number;
  /** ISO date of the first day of lots, sales and feed deliveries. Default 2021-01-01. */
  readonly startDate?: string;
  /** The published reference prices; default: read with parsePublishedPrices from `pricesDir`. */
  readonly publishedPrices?: readonly PublishedPrice[];
  /** Where reference-prices.csv and size-ladders.csv are; default `data/published` under the working directory. */
  readonly pricesDir?: string;
  /** Feed intake, g per hen per day (DOMAIN.md: 110 – 120). Default 115. */
  readonly feedGramsPerHenDay?: number;
  /** Lower bounds in grams of sizes 0 – 5 (TAS 6702 by default). */
  readonly sizeLowerGrams?: readonly number[];
  /**
   * The installation's key of citizen-id claims (`PersonalDataVault.installationKey(CITIZEN_ID_CLAIM_KEY_PURPOSE)`),
   * so that the platform finds the generated members' claims. Default: a key of the seed — only for a log no
   * platform serves, since the generated citizen ids are made up and the key can be recomputed.
   */
  readonly citizenIdClaimKey?: Uint8Array;
  /**
   * The installation's key of request fingerprints (`PersonalDataVault.installationKey('request-fingerprint')`): the
   * process managers' commands the generator writes get the event ids the platform's would. Default: a key of the seed.
   */
  readonly requestFingerprintKey?: Uint8Array;
}

export interface ResolvedOptions {
  readonly seed: number;
  readonly years: number;
  readonly members: number;
  readonly buyers: number;
  readonly suppliers: number;
  readonly startDate: string;
  readonly startDay: number;
  readonly endDay: number;
  readonly publishedPrices: readonly PublishedPrice[];
  readonly feedGramsPerHenDay: number;
  readonly sizeLowerGrams: readonly number[];
  readonly citizenIdClaimKey: Uint8Array;
  readonly requestFingerprintKey: Uint8Array;
}

function whole(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function readPublishedPrices(dir: string): PublishedPrice[] {
  const { prices, errors } = parsePublishedPrices(
    readFileSync(join(dir, 'reference-prices.csv'), 'utf8'),
    readFileSync(join(dir, 'size-ladders.csv'), 'utf8'),
  );
  if (errors.length > 0) throw new Error(`the published prices have errors:\n  ${errors.join('\n  ')}`);
  return prices;
}

export function resolveOptions(options: GeneratorOptions = {}): ResolvedOptions {
  const startDate = options.startDate ?? '2021-01-01';
  const startDay = dayOf(startDate);
  const years = whole('years', options.years ?? 5, 1, 30);
  const endDay = dayOf(`${Number(startDate.slice(0, 4)) + years}${startDate.slice(4)}`) - 1;
  const sizeLowerGrams = options.sizeLowerGrams ?? TAS_LOWER_GRAMS;
  if (sizeLowerGrams.length !== 6 || sizeLowerGrams.some((g, i) => i > 0 && g >= (sizeLowerGrams[i - 1] as number))) {
    throw new RangeError('sizeLowerGrams must be six decreasing lower bounds, sizes 0 – 5');
  }
  const seed = whole('seed', options.seed ?? 42, 0, 2 ** 32 - 1);
  return {
    seed,
    years,
    members: whole('members', options.members ?? 60, 1, 1_000),
    buyers: whole('buyers', options.buyers ?? 8, 6, BUYER_PROFILES.length),
    suppliers: whole('suppliers', options.suppliers ?? 3, 2, SUPPLIER_PROFILES.length),
    startDate,
    startDay,
    endDay,
    publishedPrices: options.publishedPrices ?? readPublishedPrices(resolve(options.pricesDir ?? 'data/published')),
    feedGramsPerHenDay: options.feedGramsPerHenDay ?? 115,
    sizeLowerGrams,
    citizenIdClaimKey: options.citizenIdClaimKey ?? createHash('sha256').update(`khai/generator/${seed}`).digest(),
    requestFingerprintKey:
      options.requestFingerprintKey ?? createHash('sha256').update(`khai/generator/requests/${seed}`).digest(),
  };
}
