export type { SaleEvent, SaleLine, SaleRecorded } from './domain/sale.events';
export { SalesModule } from './sales.module';
