import type { SizeClass } from '@khai/contracts';

import type {
  EggsCollected,
  LossReason,
  LossStage,
  QualityGrade,
  RejectCount,
  RejectProduct,
  SizeCount,
} from './lot.events';

export type CollectEggs = {
  readonly type: 'CollectEggs';
  readonly data: EggsCollected['data'];
};

export type GradeLot = {
  readonly type: 'GradeLot';
  readonly data: {
    readonly lotId: string;
    readonly gradedOn: string;
    /** Defaults to 'A'. */
    readonly grade?: QualityGrade;
    readonly sizes: readonly SizeCount[];
    readonly rejects: readonly RejectCount[];
    /** The size classes the cooperative grades into; defaults to every class, 0–6. */
    readonly sizeClasses?: readonly SizeClass[];
  };
};

export type VoidGrading = {
  readonly type: 'VoidGrading';
  readonly data: { readonly lotId: string; readonly reason: string; readonly voidedOn: string };
};

export type PackEggs = {
  readonly type: 'PackEggs';
  readonly data: {
    readonly lotId: string;
    readonly packId: string;
    readonly size: SizeClass;
    readonly trays: number;
    readonly packedOn: string;
    readonly caseId?: string;
  };
};

export type RecordLoss = {
  readonly type: 'RecordLoss';
  readonly data: {
    readonly lotId: string;
    readonly lossId: string;
    readonly stage: LossStage;
    readonly size: SizeClass;
    readonly eggs: number;
    readonly reason: LossReason;
    readonly note?: string;
    readonly recordedOn: string;
  };
};

export type ProcessRejects = {
  readonly type: 'ProcessRejects';
  readonly data: {
    readonly lotId: string;
    readonly batchId: string;
    readonly eggs: number;
    readonly product: RejectProduct;
    readonly outputGrams: number;
    readonly processedOn: string;
  };
};

/** Sent by the shipment process manager (sales), not by people. */
export type AllocatePackedStock = {
  readonly type: 'AllocatePackedStock';
  readonly data: {
    readonly lotId: string;
    readonly shipmentId: string;
    readonly size: SizeClass;
    readonly trays: number;
    readonly allocatedOn: string;
  };
};

/** Sent by the shipment process manager when a shipment is cancelled or re-planned. */
export type ReleasePackedStock = {
  readonly type: 'ReleasePackedStock';
  readonly data: {
    readonly lotId: string;
    readonly shipmentId: string;
    readonly reason: string;
    readonly releasedOn: string;
  };
};

export type LotCommand =
  | CollectEggs
  | GradeLot
  | VoidGrading
  | PackEggs
  | RecordLoss
  | ProcessRejects
  | AllocatePackedStock
  | ReleasePackedStock;
