import { useCaseControllers } from '@khai/event-sourcing';
import { Module } from '@nestjs/common';

import { marketUseCases } from './commands';
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
  controllers: [...useCaseControllers(marketUseCases), GetReferencePriceController, GetFeedMarketPriceController],
  providers: [GetReferencePriceHandler, GetFeedMarketPriceHandler],
})
export class MarketModule {}
