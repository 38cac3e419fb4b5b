import { Module } from '@nestjs/common';

import { AnnounceReferencePriceHandler } from './commands/announce-reference-price/announce-reference-price.command';
import { AnnounceReferencePriceController } from './commands/announce-reference-price/announce-reference-price.controller';
import {
  RecordFeedMarketPriceController,
  RecordFeedMarketPriceHandler,
} from './commands/record-feed-market-price/record-feed-market-price';
import { ReviseReferencePriceHandler } from './commands/revise-reference-price/revise-reference-price.command';
import { ReviseReferencePriceController } from './commands/revise-reference-price/revise-reference-price.controller';
import {
  GetFeedMarketPriceController,
  GetFeedMarketPriceHandler,
} from './queries/get-feed-market-price/get-feed-market-price.query';
import {
  GetReferencePriceController,
  GetReferencePriceHandler,
} from './queries/get-reference-price/get-reference-price.query';

/** Market: reference prices (ราคาแนะนำ) by source and effective date, and feed market prices. */
@Module({
  controllers: [
    AnnounceReferencePriceController,
    ReviseReferencePriceController,
    GetReferencePriceController,
    RecordFeedMarketPriceController,
    GetFeedMarketPriceController,
  ],
  providers: [
    AnnounceReferencePriceHandler,
    ReviseReferencePriceHandler,
    GetReferencePriceHandler,
    RecordFeedMarketPriceHandler,
    GetFeedMarketPriceHandler,
  ],
})
export class MarketModule {}
