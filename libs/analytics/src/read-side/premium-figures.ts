import { type ContractShare, contractShare } from '../metrics/concentration';
import { divideRoundHalfAwayFromZero, exactProduct, pctOf } from '../metrics/rounding';

/**
 * Eggs sold, as they add up into one row of a report: the sums `aggregatePremium`
 * makes over the row's lines (Σ eggs, Σ eggs × price, Σ eggs × reference), kept
 * as running sums so that a row over thousands of lines costs no array.
 * negotiated-prices.spec.ts checks a summary against `aggregatePremium`.
 */
/** A sold line's share of a report row: what `PremiumTable.add` adds up. */
export interface ValuedLine {
  readonly eggs: number;
  /** eggs × price. */
  readonly realised: number;
  /** eggs × reference; NaN when no reference was in force. */
  readonly reference: number;
}

/** A line valued at its reference, exactly as `aggregatePremium` values each of its lines. */
export function valueLine(eggs: number, satangPerEgg: number, referenceSatangPerEgg: number | undefined): ValuedLine {
  const realised = exactProduct(eggs, satangPerEgg);
  if (referenceSatangPerEgg === undefined) return { eggs, realised, reference: Number.NaN };
  if (referenceSatangPerEgg <= 0) throw new RangeError('a reference price must be positive');
  return { eggs, realised, reference: exactProduct(eggs, referenceSatangPerEgg) };
}

export class PremiumCell {
  eggs = 0;
  realisedSatang = 0;
  pricedEggs = 0;
  pricedRealisedSatang = 0;
  referenceSatang = 0;
  contractEggs = 0;

  add(line: ValuedLine, underContract: boolean): void {
    this.eggs += line.eggs;
    this.realisedSatang += line.realised;
    if (underContract) this.contractEggs += line.eggs;
    if (Number.isNaN(line.reference)) return;
    this.pricedEggs += line.eggs;
    this.pricedRealisedSatang += line.realised;
    this.referenceSatang += line.reference;
  }

  merge(other: PremiumCell): void {
    this.eggs += other.eggs;
    this.realisedSatang += other.realisedSatang;
    this.pricedEggs += other.pricedEggs;
    this.pricedRealisedSatang += other.pricedRealisedSatang;
    this.referenceSatang += other.referenceSatang;
    this.contractEggs += other.contractEggs;
  }

  /** Σ (realised − reference) over the eggs with a reference. */
  get premiumSatang(): number {
    return this.pricedRealisedSatang - this.referenceSatang;
  }

  /** premiumSatang / referenceSatang, exact; null with no egg priced at a reference. */
  get premiumRatio(): number | null {
    return this.pricedEggs === 0 ? null : this.premiumSatang / this.referenceSatang;
  }
}

export interface PremiumFigures {
  readonly eggs: number;
  readonly realisedSatang: number;
  readonly realisedSatangPerEgg: number | null;
  readonly eggsWithoutReference: number;
  readonly referenceSatang: number;
  readonly referenceSatangPerEgg: number | null;
  readonly premiumSatang: number;
  readonly premiumThb: number;
  readonly premiumPct: number | null;
  readonly contractEggs: number;
  readonly spotEggs: number;
  readonly contractSharePct: number | null;
}

/** The eggs under contract over all the cell's eggs, by `contractShare`. */
export function contractShareOf(cell: PremiumCell): ContractShare {
  return contractShare([
    { eggs: cell.contractEggs, underContract: true },
    { eggs: cell.eggs - cell.contractEggs, underContract: false },
  ]);
}

/**
 * A row's figures as answered, each rounded once here from the cell's exact
 * sums: the premium over the eggs that had a reference (realised − reference
 * value, and that over the reference value), the realised price over all its
 * eggs, and the contract share.
 */
export function premiumFigures(cell: PremiumCell): PremiumFigures {
  const share = contractShareOf(cell);
  const premiumSatang = cell.premiumSatang;
  return {
    eggs: cell.eggs,
    realisedSatang: cell.realisedSatang,
    realisedSatangPerEgg: cell.eggs === 0 ? null : divideRoundHalfAwayFromZero(cell.realisedSatang, cell.eggs),
    eggsWithoutReference: cell.eggs - cell.pricedEggs,
    referenceSatang: cell.referenceSatang,
    referenceSatangPerEgg:
      cell.pricedEggs === 0 ? null : divideRoundHalfAwayFromZero(cell.referenceSatang, cell.pricedEggs),
    premiumSatang,
    premiumThb: premiumSatang / 100,
    premiumPct: cell.pricedEggs === 0 ? null : pctOf(premiumSatang, cell.referenceSatang),
    contractEggs: share.contractEggs,
    spotEggs: share.totalEggs - share.contractEggs,
    contractSharePct: pctOf(share.contractEggs, share.totalEggs),
  };
}

const FIELDS = 6;

/**
 * Many `PremiumCell`s in one flat array: a report's cells by row (buyer × size)
 * and period, stored row by row so that one document's lines, which run through
 * the periods of one row, land next to each other in memory. The table is reused
 * from query to query (a query fills it in one synchronous pass), so a report of
 * tens of thousands of cells allocates nothing per cell.
 */
export class PremiumTable {
  private values = new Float64Array(0);
  private used = new Uint8Array(0);
  private size = 0;

  private periods = 0;

  /** Empties the table for `rows` × `periods` cells. */
  reset(rows: number, periods: number): void {
    const size = rows * periods;
    this.periods = periods;
    if (this.used.length < size) {
      this.values = new Float64Array(size * FIELDS);
      this.used = new Uint8Array(size);
    } else {
      this.values.fill(0, 0, size * FIELDS);
      this.used.fill(0, 0, size);
    }
    this.size = size;
  }

  slotOf(row: number, period: number): number {
    return row * this.periods + period;
  }

  /**
   * One line into cell `slot`, valued already (see `valueLine`): its eggs, eggs ×
   * price and eggs × reference (NaN without a reference).
   */
  add(slot: number, eggs: number, realised: number, reference: number, contract: boolean): void {
    const v = this.values;
    const at = slot * FIELDS;
    this.used[slot] = 1;
    v[at] = (v[at] as number) + eggs;
    v[at + 1] = (v[at + 1] as number) + realised;
    if (contract) v[at + 5] = (v[at + 5] as number) + eggs;
    if (Number.isNaN(reference)) return;
    v[at + 2] = (v[at + 2] as number) + eggs;
    v[at + 3] = (v[at + 3] as number) + realised;
    v[at + 4] = (v[at + 4] as number) + reference;
  }

  /** The cells that hold something, by period, then row. */
  usedSlots(): Int32Array {
    const slots = new Int32Array(this.size);
    let n = 0;
    const rows = this.periods === 0 ? 0 : this.size / this.periods;
    for (let period = 0; period < this.periods; period++) {
      for (let slot = period; slot < rows * this.periods; slot += this.periods) {
        if (this.used[slot] === 1) slots[n++] = slot;
      }
    }
    return slots.subarray(0, n);
  }

  rowOf(slot: number): number {
    return Math.floor(slot / this.periods);
  }

  periodOf(slot: number): number {
    return slot % this.periods;
  }

  /** The cells added up. */
  sum(): PremiumCell {
    const total = new PremiumCell();
    const v = this.values;
    for (let slot = 0; slot < this.size; slot++) {
      const at = slot * FIELDS;
      total.eggs += v[at] as number;
      total.realisedSatang += v[at + 1] as number;
      total.pricedEggs += v[at + 2] as number;
      total.pricedRealisedSatang += v[at + 3] as number;
      total.referenceSatang += v[at + 4] as number;
      total.contractEggs += v[at + 5] as number;
    }
    return total;
  }

  cell(slot: number): PremiumCell {
    const v = this.values;
    const at = slot * FIELDS;
    const cell = new PremiumCell();
    cell.eggs = v[at] as number;
    cell.realisedSatang = v[at + 1] as number;
    cell.pricedEggs = v[at + 2] as number;
    cell.pricedRealisedSatang = v[at + 3] as number;
    cell.referenceSatang = v[at + 4] as number;
    cell.contractEggs = v[at + 5] as number;
    return cell;
  }
}
