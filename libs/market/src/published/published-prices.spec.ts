import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parsePublishedPrices, sourceOf, thbToSatang } from './published-prices';

const data = join(__dirname, '../../../../data/published');
const read = (f: string): string => readFileSync(join(data, f), 'utf8');

describe('the published price series', () => {
  it('reads THB to satang exactly', () => {
    expect(['3.40', '3.4', '4', '0.05', '12.345', '3,40', ''].map(thbToSatang)).toEqual([
      340,
      340,
      400,
      5,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('names the source from who announced it', () => {
    expect(sourceOf('Egg Board (range 3.15-3.20)')).toBe('egg-board');
    expect(sourceOf('DIT report (date approximate)')).toBe('dit');
    expect(sourceOf('cooperative network incl. Chiang Mai-Lamphun')).toBe('coop-network');
  });

  it('loads every published price, with the 24 Mar 2022 ladder on its announcement', () => {
    const { prices, errors } = parsePublishedPrices(read('reference-prices.csv'), read('size-ladders.csv'));
    expect(errors).toEqual([]);
    expect(prices).toHaveLength(21 + 1);
    expect(prices.find((p) => p.effectiveDate === '2022-03-24')).toEqual({
      source: 'coop-network',
      effectiveDate: '2022-03-24',
      mixedSatangPerEgg: 340,
      sizes: [420, 400, 380, 350, 330, 310, 290].map((satangPerEgg, size) => ({ size, satangPerEgg })),
    });
    expect(prices.find((p) => p.effectiveDate === '2022-07-19')?.mixedSatangPerEgg).toBe(330);
    expect(prices.find((p) => p.effectiveDate === '2023-07-14')?.mixedSatangPerEgg).toBe(400);
  });

  it('reports every bad row with its line, and nothing to load is trusted then', () => {
    const bad =
      'effective_date,mixed_farm_gate_thb_per_egg,announced_by,source\n2022-13-01,3.40,x,y\n2022-01-02,three,x,y\n';
    const { errors } = parsePublishedPrices(bad, 'effective_date,mixed_thb\n');
    expect(errors).toEqual([
      'reference-prices.csv:2: effective_date "2022-13-01" is not a date',
      'reference-prices.csv:3: price "three" is not THB',
    ]);
  });
});
