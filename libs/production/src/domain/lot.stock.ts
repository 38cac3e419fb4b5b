import { EGGS_PER_TRAY, type SizeClass } from '@khai/contracts';

import type {
  EggsPacked,
  LossRecorded,
  LotGraded,
  PackedStockAllocated,
  PackedStockReleased,
  RejectsProcessed,
} from './lot.events';

/**
 * Running counters of one size class since the grading, in eggs. Only the movements are
 * kept; what is in stock is derived (below), so the counters cannot drift apart.
 */
export interface SizeCounters {
  readonly graded: number;
  /** Eggs ever put into trays (trays × EGGS_PER_TRAY). */
  readonly packed: number;
  readonly lostGraded: number;
  readonly lostPacked: number;
  readonly allocatedTrays: number;
}

export interface Allocation {
  readonly shipmentId: string;
  readonly size: SizeClass;
  readonly trays: number;
}

/** What a graded lot holds, and the recorded movements by their ids (for identical repeats). */
export interface LotStock {
  readonly sizes: ReadonlyMap<SizeClass, SizeCounters>;
  readonly rejected: number;
  readonly processed: number;
  readonly packs: ReadonlyMap<string, EggsPacked['data']>;
  readonly losses: ReadonlyMap<string, LossRecorded['data']>;
  readonly batches: ReadonlyMap<string, RejectsProcessed['data']>;
  readonly allocations: readonly Allocation[];
}

const NO_COUNTERS: SizeCounters = { graded: 0, packed: 0, lostGraded: 0, lostPacked: 0, allocatedTrays: 0 };

export function stockOf(grading: LotGraded['data']): LotStock {
  return {
    sizes: new Map(grading.sizes.map((s) => [s.size, { ...NO_COUNTERS, graded: s.eggs }])),
    rejected: grading.rejectedEggs,
    processed: 0,
    packs: new Map(),
    losses: new Map(),
    batches: new Map(),
    allocations: [],
  };
}

export function countersOf(stock: LotStock, size: SizeClass): SizeCounters {
  return stock.sizes.get(size) ?? NO_COUNTERS;
}

/** Graded eggs not yet packed nor lost: what PackEggs and GRADED losses draw from. */
export function gradedUnpacked(c: SizeCounters): number {
  return c.graded - c.packed - c.lostGraded;
}

/** Eggs in trays still on hand (allocated or not). */
export function packedInStock(c: SizeCounters): number {
  return c.packed - c.lostPacked;
}

/** Full trays on hand: a tray that lost an egg no longer counts as a tray to ship. */
export function packedTrays(c: SizeCounters): number {
  return Math.floor(packedInStock(c) / EGGS_PER_TRAY);
}

/** Full trays not yet reserved for a shipment. */
export function unallocatedTrays(c: SizeCounters): number {
  return packedTrays(c) - c.allocatedTrays;
}

/** Packed eggs a loss may take: allocated trays stay whole until released, so they always ship full. */
export function unallocatedPackedEggs(c: SizeCounters): number {
  return packedInStock(c) - c.allocatedTrays * EGGS_PER_TRAY;
}

export function lost(c: SizeCounters): number {
  return c.lostGraded + c.lostPacked;
}

/** True once anything was drawn from the grading: it can then no longer be voided. */
export function inUse(stock: LotStock): boolean {
  return stock.packs.size > 0 || stock.losses.size > 0 || stock.batches.size > 0 || stock.allocations.length > 0;
}

export function allocationOf(stock: LotStock, shipmentId: string, size: SizeClass): Allocation | undefined {
  return stock.allocations.find((a) => a.shipmentId === shipmentId && a.size === size);
}

function withCounters(stock: LotStock, size: SizeClass, change: (c: SizeCounters) => SizeCounters): LotStock {
  return { ...stock, sizes: new Map(stock.sizes).set(size, change(countersOf(stock, size))) };
}

export function applyPacked(stock: LotStock, e: EggsPacked['data']): LotStock {
  const next = withCounters(stock, e.size, (c) => ({ ...c, packed: c.packed + e.eggs }));
  return { ...next, packs: new Map(stock.packs).set(e.packId, e) };
}

export function applyLoss(stock: LotStock, e: LossRecorded['data']): LotStock {
  const next = withCounters(stock, e.size, (c) =>
    e.stage === 'GRADED' ? { ...c, lostGraded: c.lostGraded + e.eggs } : { ...c, lostPacked: c.lostPacked + e.eggs },
  );
  return { ...next, losses: new Map(stock.losses).set(e.lossId, e) };
}

export function applyProcessed(stock: LotStock, e: RejectsProcessed['data']): LotStock {
  return { ...stock, processed: stock.processed + e.eggs, batches: new Map(stock.batches).set(e.batchId, e) };
}

export function applyAllocated(stock: LotStock, e: PackedStockAllocated['data']): LotStock {
  const next = withCounters(stock, e.size, (c) => ({ ...c, allocatedTrays: c.allocatedTrays + e.trays }));
  return { ...next, allocations: [...stock.allocations, { shipmentId: e.shipmentId, size: e.size, trays: e.trays }] };
}

export function applyReleased(stock: LotStock, e: PackedStockReleased['data']): LotStock {
  let next: LotStock = { ...stock, allocations: stock.allocations.filter((a) => a.shipmentId !== e.shipmentId) };
  for (const line of e.lines) {
    next = withCounters(next, line.size, (c) => ({ ...c, allocatedTrays: c.allocatedTrays - line.trays }));
  }
  return next;
}
