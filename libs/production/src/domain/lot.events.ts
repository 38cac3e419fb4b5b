import type { RejectReason, SizeClass } from '@khai/contracts';

export interface SizeCount {
  readonly size: SizeClass;
  readonly eggs: number;
}

export interface RejectCount {
  readonly reason: RejectReason;
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
    /** Sorted by size class. */
    readonly sizes: readonly SizeCount[];
    /** Sorted by reason, in the order of REJECT_REASONS. */
    readonly rejects: readonly RejectCount[];
    readonly gradedEggs: number;
    readonly rejectedEggs: number;
  };
};

export type LotEvent = EggsCollected | LotGraded;
