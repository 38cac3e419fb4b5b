import { bargainingPowerIndex, negotiationMetrics, negotiationMetricsBySize } from './negotiation';

describe('negotiation metrics', () => {
  it('computes spread, concession ratio, rounds and β with the Egg Board ceiling', () => {
    // Ask 3.60, first offer 3.20, agreed 3.45, 4 rounds; cost 3.00 → ceiling 1.2 × 3.00 = 3.60.
    // Spread 360 − 320 = 40 satang; concession (345 − 320) / 40 = 25/40 = 0.625.
    // β = (345 − 300) / (360 − 300) = 45/60 = 0.75.
    expect(
      negotiationMetrics({ askSatang: 360, firstOfferSatang: 320, agreedSatang: 345, rounds: 4, floorSatang: 300 }),
    ).toEqual({ spreadSatang: 40, concessionRatio: 0.625, rounds: 4, bargainingPower: 0.75 });
  });

  it('takes a configured ceiling', () => {
    // Floor 3.00, ceiling 3.50, agreed 3.45: β = 45 / 50 = 0.9. A 110 % ceiling: 45 / 30 = 1.5 (over it).
    expect(bargainingPowerIndex(345, 300, 350)).toBe(0.9);
    expect(bargainingPowerIndex(345, 300, null, 110)).toBe(1.5);
    // Below cost: (280 − 300) / 60 = −0.3333.
    expect(bargainingPowerIndex(280, 300)).toBeCloseTo(-1 / 3, 12);
    expect(bargainingPowerIndex(345, 300, 300)).toBeNull();
  });

  it('leaves the concession ratio undefined when the first offer met the ask, and β without a floor', () => {
    expect(
      negotiationMetrics({ askSatang: 350, firstOfferSatang: 350, agreedSatang: 350, rounds: 1, floorSatang: null }),
    ).toEqual({ spreadSatang: 0, concessionRatio: null, rounds: 1, bargainingPower: null });
    // A failed negotiation: spread only.
    expect(
      negotiationMetrics({ askSatang: 360, firstOfferSatang: 300, agreedSatang: null, rounds: 6, floorSatang: 300 }),
    ).toEqual({ spreadSatang: 60, concessionRatio: null, rounds: 6, bargainingPower: null });
  });

  it('works per size class', () => {
    // Size 0: ask 4.30, offer 4.00, agreed 4.20 → spread 30, concession 20/30 = 0.6667, β = (420 − 350)/70 = 1.
    // Size 3: ask 3.60, offer 3.40, agreed 3.50 → spread 20, concession 0.5, β = 0. Size 5 never offered on.
    const [s0, s3, ...rest] = negotiationMetricsBySize({
      asking: [
        { size: 3, satangPerEgg: 360 },
        { size: 0, satangPerEgg: 430 },
        { size: 5, satangPerEgg: 320 },
      ],
      firstOffer: [
        { size: 0, satangPerEgg: 400 },
        { size: 3, satangPerEgg: 340 },
      ],
      agreed: [
        { size: 0, satangPerEgg: 420 },
        { size: 3, satangPerEgg: 350 },
      ],
      rounds: 3,
      floorSatang: 350,
    });
    expect(s0?.size).toBe(0);
    expect(s0?.spreadSatang).toBe(30);
    expect(s0?.concessionRatio).toBeCloseTo(2 / 3, 12);
    expect(s0?.bargainingPower).toBe(1);
    expect(s3).toEqual({ size: 3, spreadSatang: 20, concessionRatio: 0.5, rounds: 3, bargainingPower: 0 });
    expect(rest).toEqual([]);
  });
});
