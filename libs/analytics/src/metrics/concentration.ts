import { ratioOrNull } from './rounding';

/** DOMAIN.md (2010 US merger guidelines): < 1,500 unconcentrated, 1,500 – 2,500 moderate, > 2,500 high. */
export type ConcentrationBand = 'UNCONCENTRATED' | 'MODERATELY_CONCENTRATED' | 'HIGHLY_CONCENTRATED';

export const HHI_MODERATE_FROM = 1_500;
export const HHI_HIGH_ABOVE = 2_500;

export interface PartyVolume {
  /** A buyer, a feed supplier: anyone whose share of the volume is measured. */
  readonly id: string;
  /** Eggs, kg or satang: any non-negative amount; several entries of one id are added up. */
  readonly volume: number;
}

export interface PartyShare {
  readonly id: string;
  readonly volume: number;
  /** volume / total × 100. */
  readonly sharePct: number;
}

export interface Concentration {
  readonly total: number;
  /** Largest first; ties by id. */
  readonly shares: readonly PartyShare[];
  /** Σ share%², 0 – 10,000; null when there is no volume. */
  readonly hhi: number | null;
  /** Share of the largest party, %. */
  readonly cr1: number | null;
  /** Combined share of the four largest, %. */
  readonly cr4: number | null;
  readonly band: ConcentrationBand | null;
}

/**
 * Concentration of volume among buyers or feed suppliers (the same function for both).
 * With whole-number volumes the band is decided exactly (in BigInt, no rounding at
 * the 1,500 / 2,500 boundaries); the HHI itself is returned as a number.
 */
export function concentration(volumes: readonly PartyVolume[]): Concentration {
  const byId = new Map<string, number>();
  for (const { id, volume } of volumes) {
    if (!Number.isFinite(volume) || volume < 0) throw new RangeError(`volume of ${id} must be 0 or more`);
    byId.set(id, (byId.get(id) ?? 0) + volume);
  }
  const total = [...byId.values()].reduce((a, b) => a + b, 0);
  const shares = [...byId.entries()]
    .map(([id, volume]) => ({ id, volume, sharePct: total === 0 ? 0 : (volume * 100) / total }))
    .sort((a, b) => b.volume - a.volume || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (total === 0) return { total, shares, hhi: null, cr1: null, cr4: null, band: null };

  const hhi = shares.reduce((sum, s) => sum + s.sharePct * s.sharePct, 0);
  const top = (n: number): number => (shares.slice(0, n).reduce((sum, s) => sum + s.volume, 0) * 100) / total;
  return { total, shares, hhi, cr1: top(1), cr4: top(4), band: bandOf(shares, total, hhi) };
}

function bandOf(shares: readonly PartyShare[], total: number, hhi: number): ConcentrationBand {
  const exact = shares.every((s) => Number.isSafeInteger(s.volume)) && Number.isSafeInteger(total);
  if (!exact) return hhiBand(hhi);
  // HHI = 10,000 × Σ v² / T²; compare 10,000 × Σ v² with 1,500 × T² and 2,500 × T² exactly.
  const sumSquares = shares.reduce((sum, s) => sum + BigInt(s.volume) * BigInt(s.volume), 0n);
  const scaled = 10_000n * sumSquares;
  const t2 = BigInt(total) * BigInt(total);
  if (scaled < BigInt(HHI_MODERATE_FROM) * t2) return 'UNCONCENTRATED';
  if (scaled <= BigInt(HHI_HIGH_ABOVE) * t2) return 'MODERATELY_CONCENTRATED';
  return 'HIGHLY_CONCENTRATED';
}

/** The band of an HHI value. */
export function hhiBand(hhi: number): ConcentrationBand {
  if (hhi < HHI_MODERATE_FROM) return 'UNCONCENTRATED';
  if (hhi <= HHI_HIGH_ABOVE) return 'MODERATELY_CONCENTRATED';
  return 'HIGHLY_CONCENTRATED';
}

export interface SoldVolume {
  readonly eggs: number;
  /** Sold under an agreed (negotiated) price: a sales order with price basis CONTRACT. */
  readonly underContract: boolean;
}

export interface ContractShare {
  readonly contractEggs: number;
  readonly totalEggs: number;
  /** contractEggs / totalEggs; null with no volume. */
  readonly share: number | null;
}

/** Volume sold under agreed contracts over the total volume sold. */
export function contractShare(sold: readonly SoldVolume[]): ContractShare {
  let contractEggs = 0;
  let totalEggs = 0;
  for (const s of sold) {
    if (!Number.isSafeInteger(s.eggs) || s.eggs < 0) throw new RangeError('eggs must be a whole number, 0 or more');
    totalEggs += s.eggs;
    if (s.underContract) contractEggs += s.eggs;
  }
  return { contractEggs, totalEggs, share: ratioOrNull(contractEggs, totalEggs) };
}
