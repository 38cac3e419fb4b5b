export type { EggsCollected, LotEvent, LotGraded, RejectCount, SizeCount } from './domain/lot.events';
export { ProductionModule } from './production.module';
