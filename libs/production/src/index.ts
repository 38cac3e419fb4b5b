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
export { allocatePackedStock, productionUseCases, releasePackedStock } from './commands';
export { DEFAULT_GRADED_SIZE_CLASSES, GRADED_SIZE_CLASSES } from './commands/size-classes';
export type { AllocatePackedStock, ReleasePackedStock } from './domain/lot.commands';
export { lot } from './domain/lot.decider';
