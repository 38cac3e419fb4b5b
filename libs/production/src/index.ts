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
// The shipment process manager allocates and releases packed stock through these commands.
export { AllocatePackedStockCommand } from './commands/allocate-packed-stock/allocate-packed-stock.command';
export { DEFAULT_GRADED_SIZE_CLASSES, GRADED_SIZE_CLASSES } from './commands/grade-lot/size-classes';
export { ReleasePackedStockCommand } from './commands/release-packed-stock/release-packed-stock.command';
export type { AllocatePackedStock, ReleasePackedStock } from './domain/lot.commands';
