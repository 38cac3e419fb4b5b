import { Module } from '@nestjs/common';

import { AnnounceReferencePriceHandler } from './commands/announce-reference-price/announce-reference-price.command';
import { AnnounceReferencePriceController } from './commands/announce-reference-price/announce-reference-price.controller';
import {
  GetReferencePriceController,
  GetReferencePriceHandler,
} from './queries/get-reference-price/get-reference-price.query';

/** Market: reference prices (ราคาแนะนำ) by source and effective date. */
@Module({
  controllers: [AnnounceReferencePriceController, GetReferencePriceController],
  providers: [AnnounceReferencePriceHandler, GetReferencePriceHandler],
})
export class MarketModule {}
