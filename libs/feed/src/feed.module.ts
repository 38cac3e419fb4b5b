import { Module } from '@nestjs/common';

import { AgreeFeedContractHandler } from './commands/agree-feed-contract/agree-feed-contract.command';
import { AgreeFeedContractController } from './commands/agree-feed-contract/agree-feed-contract.controller';
import { RecordFeedDeliveryHandler } from './commands/record-feed-delivery/record-feed-delivery.command';
import { RecordFeedDeliveryController } from './commands/record-feed-delivery/record-feed-delivery.controller';
import { GetFeedContractController, GetFeedContractHandler } from './queries/get-feed-contract/get-feed-contract.query';

/** Feed (upstream, ต้นน้ำ): collectively negotiated contracts and deliveries to member farms. */
@Module({
  controllers: [AgreeFeedContractController, RecordFeedDeliveryController, GetFeedContractController],
  providers: [AgreeFeedContractHandler, RecordFeedDeliveryHandler, GetFeedContractHandler],
})
export class FeedModule {}
