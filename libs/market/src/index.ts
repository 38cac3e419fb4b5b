export { AnnounceReferencePriceCommand } from './commands/announce-reference-price/announce-reference-price.command';
export { AnnounceReferencePriceDto } from './commands/announce-reference-price/announce-reference-price.dto';
export { RecordFeedMarketPriceCommand } from './commands/record-feed-market-price/record-feed-market-price';
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
