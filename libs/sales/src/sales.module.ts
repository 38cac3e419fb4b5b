import { Module } from '@nestjs/common';

import { RecordSaleHandler } from './commands/record-sale/record-sale.command';
import { RecordSaleController } from './commands/record-sale/record-sale.controller';
import { GetSaleController, GetSaleHandler } from './queries/get-sale/get-sale.query';

/** Sales (downstream): eggs sold to buyers at prices negotiated per size class. */
@Module({
  controllers: [RecordSaleController, GetSaleController],
  providers: [RecordSaleHandler, GetSaleHandler],
})
export class SalesModule {}
