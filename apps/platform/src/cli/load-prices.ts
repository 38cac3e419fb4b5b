import 'reflect-metadata';

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { formatThb } from '@khai/contracts';
import { EventStoreModule, fieldErrors, KhaiError, UseCaseRunner } from '@khai/event-sourcing';
import { announceReferencePrice, AnnounceReferencePriceDto, MarketModule, parsePublishedPrices } from '@khai/market';
import { REGISTRY_PERSONAL_FIELDS } from '@khai/registry';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { loadConfig } from '../config';
import { createEventStore, createPersonalDataVault } from '../platform';

/**
 * `npm run load:prices [-- <dir>]`: loads the published reference prices into the
 * configured event store. Every row is checked first; one bad row and nothing is
 * written. Loading twice changes nothing (each price has its idempotency key).
 */
export async function loadPublishedPrices(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const { prices, errors } = parsePublishedPrices(
    readFileSync(join(dir, 'reference-prices.csv'), 'utf8'),
    readFileSync(join(dir, 'size-ladders.csv'), 'utf8'),
  );
  for (const price of prices) {
    const invalid = fieldErrors(validateSync(plainToInstance(AnnounceReferencePriceDto, price)));
    for (const e of invalid)
      errors.push(`${price.source} ${price.effectiveDate}: ${e.field}: ${e.messages.join(', ')}`);
  }
  if (errors.length > 0) throw new Error(`nothing loaded; the data has errors:\n  ${errors.join('\n  ')}`);

  const config = loadConfig(env);
  const store = createEventStore(config);
  // The installation's keys (keys.sqlite), as the platform's: the prices' keyed event ids are the platform's, so that
  // loading again is known for the same request, also by the platform.
  const vault = createPersonalDataVault(config);
  const personalData = { vault, fields: REGISTRY_PERSONAL_FIELDS };
  // Only the market context: loading prices needs neither the read side nor the process managers.
  @Module({ imports: [CqrsModule.forRoot(), EventStoreModule.forRoot(store, undefined, personalData), MarketModule] })
  class LoadPricesModule {}
  const app = await NestFactory.createApplicationContext(LoadPricesModule, { logger: false });
  const report: string[] = [];
  try {
    const useCases = app.get(UseCaseRunner);
    for (const price of prices) {
      const context = { actor: 'cli:load-prices', idempotencyKey: `published:${price.source}.${price.effectiveDate}` };
      try {
        const result = await useCases.run(announceReferencePrice, price, context);
        const what = result.events.length === 0 ? 'already there' : result.repeated ? 'already loaded' : 'loaded';
        report.push(`${price.effectiveDate} ${price.source} ${formatThb(price.mixedSatangPerEgg)}: ${what}`);
      } catch (error) {
        if (!(error instanceof KhaiError)) throw error;
        report.push(`${price.effectiveDate} ${price.source}: refused (${error.code}: ${error.message})`);
      }
    }
  } finally {
    await app.close();
    await store.close();
    vault.close();
  }
  return report;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(__dirname, '../../../../../data/published'));
  loadPublishedPrices(dir).then(
    (report) => {
      console.log(report.join('\n'));
      process.exit(report.some((line) => line.includes('refused')) ? 1 : 0);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
