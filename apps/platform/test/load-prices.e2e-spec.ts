import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SqliteEventStore } from '@khai/event-sourcing';

import { loadPublishedPrices } from '../src/cli/load-prices';

const published = join(__dirname, '../../../data/published');

async function eventsIn(dataDir: string): Promise<string[]> {
  const store = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
  const events = await store.readAll({ maxCount: 10_000 });
  await store.close();
  return events.map((e) => `${e.type} ${e.streamName}`);
}

describe('loading the published price series with one command', () => {
  it('loads every price once, however often it runs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'khai-prices-'));
    const first = await loadPublishedPrices(published, { KHAI_DATA_DIR: dataDir });
    expect(first.every((line) => line.endsWith(': loaded'))).toBe(true);
    expect(first).toContain('2022-03-24 coop-network ฿3.40: loaded');
    const again = await loadPublishedPrices(published, { KHAI_DATA_DIR: dataDir });
    expect(again.every((line) => line.endsWith(': already loaded'))).toBe(true);
    const events = await eventsIn(dataDir);
    expect(events).toHaveLength(first.length);
    expect(events).toContain('ReferencePriceAnnounced referenceprice-coop-network.2022-03-24');
  });

  it('writes nothing when any row is bad, and says which', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khai-bad-prices-'));
    cpSync(published, dir, { recursive: true });
    writeFileSync(
      join(dir, 'reference-prices.csv'),
      'effective_date,mixed_farm_gate_thb_per_egg,announced_by,source\n2022-03-24,3.40,cooperative network,x\n2022-02-30x,3.50,cooperative network,x\n',
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'khai-prices-'));
    await expect(loadPublishedPrices(dir, { KHAI_DATA_DIR: dataDir })).rejects.toThrow(
      'reference-prices.csv:3: effective_date "2022-02-30x" is not a date',
    );
    expect(await eventsIn(dataDir)).toEqual([]);
  });
});
