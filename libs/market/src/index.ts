// The price loader (apps/platform cli) checks each published price and announces it through this use case.
export { marketUseCases } from './commands';
export { announceReferencePrice, AnnounceReferencePriceDto } from './commands/announce-reference-price';
export type { FeedMarketPriceRecorded } from './domain/feed-market-price';
export type {
  ReferencePrice,
  ReferencePriceAnnounced,
  ReferencePriceEvent,
  ReferencePriceRevised,
  SizePrice,
} from './domain/reference-price.events';
export { MarketModule } from './market.module';
export { parsePublishedPrices, type PublishedPrice } from './published/published-prices';
