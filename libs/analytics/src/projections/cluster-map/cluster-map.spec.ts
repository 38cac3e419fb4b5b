import { SqlitePersonalDataVault } from '@khai/event-sourcing';

import { analyticsProjections } from '../../analytics-projections';
import { clusterScenario } from '../../testing/cluster-scenario';
import { type Projected, projectLog } from '../../testing/harness';
import { GetClusterMapHandler, GetClusterMapQuery } from './cluster-map.query';
import { GetConcentrationHandler, GetConcentrationQuery } from './concentration.query';
import { GetFeedSavingsHandler, GetFeedSavingsQuery } from './feed-savings.query';

/*
 * The scenario by hand (January – February 2024, satang):
 *
 * Feed, contract price × kg; the adjustment of 2 Mar (D2: 2,000 → 1,900 kg) lands on D2's day, 5 Feb:
 *   C1 S-CPF LAYER 14.50 (market at signing 15.50): D1 M1 10 Jan 1,000 kg = 1,450,000
 *                                                   D2 M2  5 Feb 1,900 kg = 2,755,000
 *   C2 S-BETAGRO LAYER 14.80 (15.20):               D1 M1 10 Feb   500 kg =   740,000
 *   C3 S-CPF PULLET_GROWER 12.00 (13.00):           D1 M2 15 Feb   200 kg =   240,000
 *   S-CPF 3,100 kg, 4,445,000; S-BETAGRO 500 kg, 740,000; M1 1,500 kg, 2,190,000; M2 2,100 kg, 2,995,000.
 * Eggs, on the day of collection: L1 M1 15 Jan graded 2,900 + 100 rejects; L2 M2 31 Jan graded 1 Feb
 *   (1,950 + 50), voided, graded again 2 Feb 1,960 + 40: M2 counts 1,960 + 40, in January.
 * Sales: SO1 B-TOPS 20 Jan under contract 1,500 × 3.80 + 900 × 3.50 = 2,400 eggs, 885,000;
 *   SO2 B-MAKRO 10 Feb spot 600 × 3.40 = 204,000; SO3 B-TOPS 12 Feb spot 300 × 3.70 = 111,000;
 *   SO4 B-NEW 1 Mar (outside). B-TOPS 2,700 eggs, 996,000; B-MAKRO 600 eggs, 204,000.
 */
describe('cluster map, concentration and feed savings', () => {
  let log: Projected;
  const period = { from: '2024-01-01', to: '2024-02-29' };
  beforeAll(async () => {
    log = await projectLog(clusterScenario, analyticsProjections());
  });

  it('places members and partners by stage, with the feed, eggs and money along each link', async () => {
    const map = await new GetClusterMapHandler(log.store, log.runner, new SqlitePersonalDataVault()).execute(
      new GetClusterMapQuery(period),
    );
    expect(map.position).toBe(clusterScenario.length);
    // B-LATE registered on 15 Mar, after the range; P-EGGPRO moved downstream; M1 placed by its first farm.
    expect(map.nodes.map((n) => n.id)).toEqual([
      'cooperative',
      'partner:S-BETAGRO',
      'partner:S-CPF',
      'member:M1',
      'member:M2',
      'partner:B-MAKRO',
      'partner:B-TOPS',
      'partner:P-EGGPRO',
      'partner:U-CMU',
    ]);
    expect(map.nodes).toContainEqual({
      id: 'member:M1',
      kind: 'MEMBER',
      stage: 'UPSTREAM',
      name: 'Farmer M1',
      district: 'Hang Dong',
      province: 'Chiang Mai',
      registered: true,
    });
    expect(map.nodes).toContainEqual(
      expect.objectContaining({ id: 'partner:B-TOPS', kind: 'BUYER', stage: 'DOWNSTREAM', channel: 'MODERN_TRADE' }),
    );
    expect(map.stages).toEqual([
      { stage: 'UPSTREAM', nodeIds: ['partner:S-BETAGRO', 'partner:S-CPF', 'member:M1', 'member:M2'] },
      { stage: 'MIDSTREAM', nodeIds: ['cooperative'] },
      { stage: 'DOWNSTREAM', nodeIds: ['partner:B-MAKRO', 'partner:B-TOPS', 'partner:P-EGGPRO'] },
      { stage: 'SUPPORT', nodeIds: ['partner:U-CMU'] },
    ]);
    expect(map.links.map(({ months: _, ...l }) => l)).toEqual([
      { from: 'cooperative', to: 'member:M1', stage: 'UPSTREAM', kg: 1_500, valueSatang: 2_190_000 },
      { from: 'cooperative', to: 'member:M2', stage: 'UPSTREAM', kg: 2_100, valueSatang: 2_995_000 },
      { from: 'partner:S-BETAGRO', to: 'cooperative', stage: 'UPSTREAM', kg: 500, valueSatang: 740_000 },
      { from: 'partner:S-CPF', to: 'cooperative', stage: 'UPSTREAM', kg: 3_100, valueSatang: 4_445_000 },
      { from: 'member:M1', to: 'cooperative', stage: 'MIDSTREAM', eggs: 2_900, rejectedEggs: 100 },
      { from: 'member:M2', to: 'cooperative', stage: 'MIDSTREAM', eggs: 1_960, rejectedEggs: 40 },
      { from: 'cooperative', to: 'partner:B-MAKRO', stage: 'DOWNSTREAM', eggs: 600, valueSatang: 204_000 },
      { from: 'cooperative', to: 'partner:B-TOPS', stage: 'DOWNSTREAM', eggs: 2_700, valueSatang: 996_000 },
    ]);
    expect(map.links.find((l) => l.from === 'partner:S-CPF')?.months).toEqual([
      { month: '2024-01', kg: 1_000, valueSatang: 1_450_000 },
      { month: '2024-02', kg: 2_100, valueSatang: 2_995_000 },
    ]);
  });

  it('sums only the days asked, and shows a party the registry does not know', async () => {
    const handler = new GetClusterMapHandler(log.store, log.runner, new SqlitePersonalDataVault());
    // 1 – 10 Feb: D2 (1,900 kg) and C2's D1 (500 kg), SO2; L2 was collected on 31 Jan.
    const early = await handler.execute(new GetClusterMapQuery({ from: '2024-02-01', to: '2024-02-10' }));
    expect(early.links.map((l) => [l.from, l.to, l.kg ?? l.eggs])).toEqual([
      ['cooperative', 'member:M1', 500],
      ['cooperative', 'member:M2', 1_900],
      ['partner:S-BETAGRO', 'cooperative', 500],
      ['partner:S-CPF', 'cooperative', 1_900],
      ['cooperative', 'partner:B-MAKRO', 600],
    ]);
    const march = await handler.execute(new GetClusterMapQuery({ from: '2024-03-01', to: '2024-03-31' }));
    expect(march.links).toEqual([
      {
        from: 'cooperative',
        to: 'partner:B-NEW',
        stage: 'DOWNSTREAM',
        eggs: 90,
        valueSatang: 29_700,
        months: [{ month: '2024-03', eggs: 90, valueSatang: 29_700 }],
      },
    ]);
    expect(march.nodes).toContainEqual({
      id: 'partner:B-NEW',
      kind: 'BUYER',
      stage: 'DOWNSTREAM',
      name: 'B-NEW',
      registered: false,
    });
    expect(march.nodes.map((n) => n.id)).toContain('partner:B-LATE');
  });

  it('measures buyer and feed-supplier concentration and the contract share of sales', async () => {
    const c = await new GetConcentrationHandler(log.store, log.runner).execute(new GetConcentrationQuery(period));
    // Eggs: 2,700 / 3,300 = 81.82 %, 600 / 3,300 = 18.18 %; HHI = 10,000 × (2,700² + 600²) / 3,300² = 7,024.79.
    expect(c.buyers.byVolume).toEqual({
      total: 3_300,
      hhi: 7_024.79,
      cr1Pct: 81.82,
      cr4Pct: 100,
      band: 'HIGHLY_CONCENTRATED',
      shares: [
        { id: 'B-TOPS', name: 'B-TOPS Co.', volume: 2_700, sharePct: 81.82 },
        { id: 'B-MAKRO', name: 'B-MAKRO Co.', volume: 600, sharePct: 18.18 },
      ],
    });
    // Value: 996,000 / 1,200,000 = 83 %, 17 %; HHI = 83² + 17² = 6,889 + 289 = 7,178. Satang, named so.
    expect(c.buyers.byValue).toEqual({
      totalSatang: 1_200_000,
      hhi: 7_178,
      cr1Pct: 83,
      cr4Pct: 100,
      band: 'HIGHLY_CONCENTRATED',
      shares: [
        { id: 'B-TOPS', name: 'B-TOPS Co.', valueSatang: 996_000, sharePct: 83 },
        { id: 'B-MAKRO', name: 'B-MAKRO Co.', valueSatang: 204_000, sharePct: 17 },
      ],
    });
    // kg: 3,100 / 3,600 = 86.11 %; HHI = 10,000 × (3,100² + 500²) / 3,600² = 10,000 × 9,860,000 / 12,960,000 = 7,608.02.
    expect(c.feedSuppliers.byVolume).toMatchObject({ total: 3_600, hhi: 7_608.02, cr1Pct: 86.11, cr4Pct: 100 });
    // satang: 4,445,000 / 5,185,000 = 85.73 %; HHI = 10,000 × (4,445² + 740²) / 5,185² = 7,552.99.
    expect(c.feedSuppliers.byValue).toMatchObject({ totalSatang: 5_185_000, hhi: 7_552.99, cr1Pct: 85.73 });
    expect(c.feedSuppliers.byValue.shares.map((s) => [s.id, s.sharePct])).toEqual([
      ['S-CPF', 85.73],
      ['S-BETAGRO', 14.27],
    ]);
    // Under contract: SO1's 2,400 of 3,300 eggs = 72.73 %.
    expect(c.contractShare).toEqual({ contractEggs: 2_400, totalEggs: 3_300, contractSharePct: 72.73 });
  });

  it('answers no concentration for a period with no volume', async () => {
    const c = await new GetConcentrationHandler(log.store, log.runner).execute(
      new GetConcentrationQuery({ from: '2023-01-01', to: '2023-12-31' }),
    );
    expect(c.buyers.byVolume).toEqual({ total: 0, hhi: null, cr1Pct: null, cr4Pct: null, band: null, shares: [] });
    expect(c.contractShare.contractSharePct).toBeNull();
  });

  it('measures feed savings against the market price at signing and on each delivery day', async () => {
    const handler = new GetFeedSavingsHandler(log.store, log.runner);
    const s = await handler.execute(new GetFeedSavingsQuery(period));
    // At signing: 2,900 × (15.50 − 14.50) + 500 × (15.20 − 14.80) + 200 × (13.00 − 12.00)
    //   = 290,000 + 20,000 + 20,000 = 330,000 of a market cost of 4,495,000 + 760,000 + 260,000 = 5,515,000: 5.98 %.
    expect(s.atSigning).toEqual({
      kg: 3_600,
      marketCostSatang: 5_515_000,
      negotiatedCostSatang: 5_185_000,
      savingsSatang: 330_000,
      savingsThb: 3_300,
      savingsPct: 5.98,
      kgWithoutMarketPrice: 0,
    });
    // On the day, any source: 10 Jan oae 15.00; from 1 Feb the mill's 15.60 (recorded after oae's 16.00, same day).
    //   1,000 × 0.50 + 1,900 × 1.10 + 500 × 0.80 = 50,000 + 209,000 + 40,000 = 299,000
    //   of 1,500,000 + 2,964,000 + 780,000 = 5,244,000: 5.70 %; C3's 200 kg have no PULLET_GROWER price.
    expect(s.onDeliveryDay).toEqual({
      kg: 3_400,
      marketCostSatang: 5_244_000,
      negotiatedCostSatang: 4_945_000,
      savingsSatang: 299_000,
      savingsThb: 2_990,
      savingsPct: 5.7,
      kgWithoutMarketPrice: 200,
    });
    expect(s.months.map((m) => [m.month, m.atSigning.savingsSatang, m.onDeliveryDay.savingsSatang])).toEqual([
      ['2024-01', 100_000, 50_000],
      ['2024-02', 230_000, 249_000],
    ]);
    expect(s.contracts.map((c) => [c.contractId, c.supplierId, c.atSigning.savingsSatang])).toEqual([
      ['C1', 'S-CPF', 290_000],
      ['C2', 'S-BETAGRO', 20_000],
      ['C3', 'S-CPF', 20_000],
    ]);
    // oae only: February at 16.00: 50,000 + 1,900 × 1.50 + 500 × 1.20 = 395,000 of 5,340,000: 7.40 %.
    const oae = await handler.execute(new GetFeedSavingsQuery({ ...period, source: 'oae' }));
    expect(oae.onDeliveryDay).toMatchObject({ savingsSatang: 395_000, marketCostSatang: 5_340_000, savingsPct: 7.4 });
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(
      new GetFeedSavingsHandler(log.store, log.runner).execute(
        new GetFeedSavingsQuery({ from: '2024-03-01', to: '2024-02-01' }),
      ),
    ).rejects.toMatchObject({ code: 'invalid_date_range' });
  });
});
