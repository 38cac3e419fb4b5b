import { concentration, contractShare, hhiBand } from './concentration';

describe('concentration (HHI, CR1, CR4)', () => {
  it('computes shares, HHI and concentration ratios', () => {
    // Volumes 50, 30, 10, 5, 5 (total 100) → shares 50 %, 30 %, 10 %, 5 %, 5 %.
    // HHI = 2,500 + 900 + 100 + 25 + 25 = 3,550 → highly concentrated. CR1 = 50; CR4 = 95.
    // Buyer B appears twice (20 + 10) and is added up.
    const c = concentration([
      { id: 'A', volume: 50 },
      { id: 'B', volume: 20 },
      { id: 'C', volume: 10 },
      { id: 'B', volume: 10 },
      { id: 'E', volume: 5 },
      { id: 'D', volume: 5 },
    ]);
    expect(c.shares.map((s) => [s.id, s.sharePct])).toEqual([
      ['A', 50],
      ['B', 30],
      ['C', 10],
      ['D', 5],
      ['E', 5],
    ]);
    expect(c.hhi).toBeCloseTo(3_550, 9);
    expect(c).toMatchObject({ total: 100, cr1: 50, cr4: 95, band: 'HIGHLY_CONCENTRATED' });
  });

  it('puts the boundaries where DOMAIN.md does, exactly', () => {
    // Four equal suppliers: 4 × 25² = 2,500 → moderate (2,500 is not above 2,500).
    const four = concentration(['a', 'b', 'c', 'd'].map((id) => ({ id, volume: 7 })));
    expect(four.hhi).toBeCloseTo(2_500, 9);
    expect(four.band).toBe('MODERATELY_CONCENTRATED');
    // Shares 30 %, 20 %, 10 % × 5: 900 + 400 + 5 × 100 = 1,800 → moderate.
    const mixed = concentration([30, 20, 10, 10, 10, 10, 10].map((volume, i) => ({ id: `p${i}`, volume })));
    expect(mixed.hhi).toBeCloseTo(1_800, 9);
    expect(mixed.band).toBe('MODERATELY_CONCENTRATED');
    // Ten equal buyers: 10 × 10² = 1,000 → unconcentrated. A monopoly: 10,000 → high.
    expect(concentration([...Array(10).keys()].map((i) => ({ id: `b${i}`, volume: 3 }))).band).toBe('UNCONCENTRATED');
    expect(concentration([{ id: 'only', volume: 1 }])).toMatchObject({ hhi: 10_000, cr1: 100, cr4: 100 });
    expect([1_499.99, 1_500, 2_500, 2_500.01].map(hhiBand)).toEqual([
      'UNCONCENTRATED',
      'MODERATELY_CONCENTRATED',
      'MODERATELY_CONCENTRATED',
      'HIGHLY_CONCENTRATED',
    ]);
  });

  it('decides the band exactly even for volumes whose squares pass 2^53', () => {
    // Four equal shares of 1e12 eggs: HHI exactly 2,500 → moderate.
    expect(concentration(['a', 'b', 'c', 'd'].map((id) => ({ id, volume: 1e12 }))).band).toBe(
      'MODERATELY_CONCENTRATED',
    );
  });

  it('has no HHI without volume, and refuses a negative one', () => {
    expect(concentration([{ id: 'a', volume: 0 }])).toMatchObject({ total: 0, hhi: null, cr1: null, band: null });
    expect(() => concentration([{ id: 'a', volume: -1 }])).toThrow(RangeError);
  });
});

describe('contract share', () => {
  it('is the volume sold under agreed contracts over all volume sold', () => {
    // 3,000 + 1,500 eggs under contract, 4,500 spot: 4,500 / 9,000 = 0.5.
    expect(
      contractShare([
        { eggs: 3_000, underContract: true },
        { eggs: 4_500, underContract: false },
        { eggs: 1_500, underContract: true },
      ]),
    ).toEqual({ contractEggs: 4_500, totalEggs: 9_000, share: 0.5 });
    expect(contractShare([]).share).toBeNull();
  });
});
