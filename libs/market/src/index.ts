export type { ReferencePriceAnnounced, ReferencePriceEvent, SizePrice } from './domain/reference-price.events';
export { MarketModule } from './market.module';
