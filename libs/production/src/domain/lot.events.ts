import type { RejectReason, SizeClass } from '@khai/contracts';

/**
 * Quality grades of graded eggs. DOMAIN.md: the TAS clauses were not retrieved, so this
 * follows the EU class A/B template; one grade applies to the whole graded part of a lot.
 */
export const QUALITY_GRADES = ['A', 'B'] as const;
export type QualityGrade = (typeof QUALITY_GRADES)[number];

/** Why eggs left the stock without being packed, processed or shipped. */
export const LOSS_REASONS = ['BROKEN_IN_HANDLING', 'SPOILED', 'RODENT', 'OTHER'] as const;
export type LossReason = (typeof LOSS_REASONS)[number];

/** Where a loss happened: graded eggs not yet packed, or eggs already in trays. */
export const LOSS_STAGES = ['GRADED', 'PACKED'] as const;
export type LossStage = (typeof LOSS_STAGES)[number];

/** What rejects are processed into. */
export const REJECT_PRODUCTS = ['LIQUID_EGG', 'BOILED_EGG', 'BAKERY_GRADE', 'ANIMAL_FEED'] as const;
export type RejectProduct = (typeof REJECT_PRODUCTS)[number];

export interface SizeCount {
  readonly size: SizeClass;
  readonly eggs: number;
}

export interface RejectCount {
  readonly reason: RejectReason;
  readonly eggs: number;
}

export interface ReleasedLine {
  readonly size: SizeClass;
  readonly trays: number;
  readonly eggs: number;
}

/** Eggs collected from one member's flock on one day open a lot. */
export type EggsCollected = {
  readonly type: 'EggsCollected';
  readonly data: {
    readonly lotId: string;
    readonly memberId: string;
    readonly farmId: string;
    readonly flockId: string;
    /** ISO date (Asia/Bangkok business day) of the collection. */
    readonly collectedOn: string;
    readonly eggs: number;
  };
};

/** A collected lot graded into size classes (ไข่คัด) and rejects; the counts add up to the collection. */
export type LotGraded = {
  readonly type: 'LotGraded';
  readonly data: {
    readonly lotId: string;
    /** ISO date (Asia/Bangkok business day) of the grading. */
    readonly gradedOn: string;
    /** Quality grade of every egg graded into a size class. */
    readonly grade: QualityGrade;
    /** Sorted by size class. */
    readonly sizes: readonly SizeCount[];
    /** Sorted by reason, in the order of REJECT_REASONS. */
    readonly rejects: readonly RejectCount[];
    readonly gradedEggs: number;
    readonly rejectedEggs: number;
  };
};

/** A grading found wrong and cancelled before any of it was used; the lot can be graded again. */
export type LotGradingVoided = {
  readonly type: 'LotGradingVoided';
  readonly data: {
    readonly lotId: string;
    /** ISO date of the correction. */
    readonly voidedOn: string;
    readonly reason: string;
    /** The grading cancelled, so read models can take it back out without keeping history. */
    readonly gradedOn: string;
    readonly gradedEggs: number;
    readonly rejectedEggs: number;
  };
};

/** Graded eggs of one size packed into trays (แผง) of EGGS_PER_TRAY, optionally into a case for an order. */
export type EggsPacked = {
  readonly type: 'EggsPacked';
  readonly data: {
    readonly lotId: string;
    readonly packId: string;
    readonly size: SizeClass;
    readonly trays: number;
    /** trays × EGGS_PER_TRAY. */
    readonly eggs: number;
    readonly packedOn: string;
    readonly caseId: string | null;
  };
};

/** Eggs lost from graded (unpacked) or packed stock. */
export type LossRecorded = {
  readonly type: 'LossRecorded';
  readonly data: {
    readonly lotId: string;
    readonly lossId: string;
    readonly stage: LossStage;
    readonly size: SizeClass;
    readonly eggs: number;
    readonly reason: LossReason;
    readonly note: string | null;
    readonly recordedOn: string;
  };
};

/** Rejected eggs turned into a product; the inputs are stored and the yield is computed from them. */
export type RejectsProcessed = {
  readonly type: 'RejectsProcessed';
  readonly data: {
    readonly lotId: string;
    readonly batchId: string;
    readonly eggs: number;
    readonly product: RejectProduct;
    readonly outputGrams: number;
    /** outputGrams / eggs, grams per egg, rounded half up to 2 decimals. */
    readonly yieldGramsPerEgg: number;
    readonly processedOn: string;
  };
};

/** Packed trays of one size reserved for a shipment; allocated stock is what ships. */
export type PackedStockAllocated = {
  readonly type: 'PackedStockAllocated';
  readonly data: {
    readonly lotId: string;
    readonly shipmentId: string;
    readonly size: SizeClass;
    readonly trays: number;
    readonly eggs: number;
    readonly allocatedOn: string;
  };
};

/** Every tray allocated to a shipment handed back to packed stock. */
export type PackedStockReleased = {
  readonly type: 'PackedStockReleased';
  readonly data: {
    readonly lotId: string;
    readonly shipmentId: string;
    readonly reason: string;
    readonly releasedOn: string;
    /** Sorted by size class. */
    readonly lines: readonly ReleasedLine[];
  };
};

export type LotEvent =
  | EggsCollected
  | LotGraded
  | LotGradingVoided
  | EggsPacked
  | LossRecorded
  | RejectsProcessed
  | PackedStockAllocated
  | PackedStockReleased;
