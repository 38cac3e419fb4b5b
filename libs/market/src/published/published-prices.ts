import { isBusinessDay, SIZE_CLASSES } from '@khai/contracts';
import { parse } from 'csv-parse/sync';

import type { ReferencePrice } from '../domain/reference-price.events';

export type PublishedPrice = Omit<ReferencePrice, 'referencePriceId'>;

export interface ParsedPrices {
  readonly prices: PublishedPrice[];
  /** `file:line: message`; when any, nothing should be loaded. */
  readonly errors: string[];
}

/** "3.40" → 340 satang, exactly (no floating point). */
export function thbToSatang(text: string): number | undefined {
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Who announced it, as a source slug: the Egg Board, the Department of Internal Trade, the layer association, or the cooperative network. */
export function sourceOf(announcedBy: string): string {
  const text = announcedBy.toLowerCase();
  if (text.includes('egg board')) return 'egg-board';
  if (text.startsWith('dit')) return 'dit';
  if (text.includes('layer association')) return 'layer-association';
  return 'coop-network';
}

type Row = Record<string, string>;

function rows(csv: string): Row[] {
  return parse<Row>(csv, { columns: true, skip_empty_lines: true, trim: true });
}

/**
 * Reads the published series (`reference-prices.csv`, `size-ladders.csv`). A ladder
 * published on the day of a reference price at the same mixed price becomes that
 * announcement's ladder; any other ladder is an announcement of its own.
 */
export function parsePublishedPrices(referenceCsv: string, laddersCsv: string): ParsedPrices {
  const errors: string[] = [];
  const prices = new Map<string, PublishedPrice>();

  rows(referenceCsv).forEach((row, i) => {
    const where = `reference-prices.csv:${i + 2}`;
    const date = row.effective_date ?? '';
    const mixed = thbToSatang(row.mixed_farm_gate_thb_per_egg ?? '');
    if (!isBusinessDay(date)) errors.push(`${where}: effective_date "${date}" is not a date`);
    if (mixed === undefined || mixed === 0)
      errors.push(`${where}: price "${row.mixed_farm_gate_thb_per_egg}" is not THB`);
    if (errors.length > 0 || mixed === undefined) return;
    const source = sourceOf(row.announced_by ?? '');
    const key = `${source}.${date}`;
    if (prices.has(key)) errors.push(`${where}: a second price from ${source} on ${date}`);
    prices.set(key, { source, effectiveDate: date, mixedSatangPerEgg: mixed, sizes: [] });
  });

  rows(laddersCsv).forEach((row, i) => {
    const where = `size-ladders.csv:${i + 2}`;
    const date = row.effective_date ?? '';
    const mixed = thbToSatang(row.mixed_thb ?? '');
    const sizes = SIZE_CLASSES.map((size) => ({ size, satangPerEgg: thbToSatang(row[`size${size}`] ?? '') }));
    if (!isBusinessDay(date)) errors.push(`${where}: effective_date "${date}" is not a date`);
    if (mixed === undefined) errors.push(`${where}: mixed price "${row.mixed_thb}" is not THB`);
    for (const s of sizes) if (s.satangPerEgg === undefined) errors.push(`${where}: size ${s.size} price is not THB`);
    if (mixed === undefined || sizes.some((s) => s.satangPerEgg === undefined) || !isBusinessDay(date)) return;
    const ladder = sizes.map((s) => ({ size: s.size, satangPerEgg: s.satangPerEgg as number }));
    const sameDay = [...prices.values()].find((p) => p.effectiveDate === date && p.mixedSatangPerEgg === mixed);
    if (sameDay) prices.set(`${sameDay.source}.${date}`, { ...sameDay, sizes: ladder });
    else
      prices.set(`coop-network.${date}`, {
        source: 'coop-network',
        effectiveDate: date,
        mixedSatangPerEgg: mixed,
        sizes: ladder,
      });
  });

  return { prices: [...prices.values()].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate)), errors };
}
