export type {
  EggsCollected,
  EggsPacked,
  LossReason,
  LossRecorded,
  LossStage,
  LotEvent,
  LotGraded,
  LotGradingVoided,
  PackedStockAllocated,
  PackedStockReleased,
  QualityGrade,
  RejectCount,
  RejectProduct,
  RejectsProcessed,
  ReleasedLine,
  SizeCount,
} from './domain/lot.events';
export { ProductionModule } from './production.module';
// The shipment process manager allocates and releases packed stock through these use cases.
export { productionUseCases } from './commands';
export { allocatePackedStock } from './commands/allocate-packed-stock';
export { releasePackedStock } from './commands/release-packed-stock';
export { DEFAULT_GRADED_SIZE_CLASSES, GRADED_SIZE_CLASSES } from './commands/size-classes';
export type { AllocatePackedStock, ReleasePackedStock } from './domain/lot.commands';
export { lot } from './domain/lot.decider';
