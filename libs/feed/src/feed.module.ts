import { useCaseControllers } from '@khai/event-sourcing';
import { Module } from '@nestjs/common';

import { feedUseCases } from './commands';
import { GetFeedContractController, GetFeedContractHandler } from './queries/get-feed-contract/get-feed-contract.query';
import { GetFeedInvoiceController, GetFeedInvoiceHandler } from './queries/get-feed-invoice/get-feed-invoice.query';
import {
  GetFeedNegotiationController,
  GetFeedNegotiationHandler,
} from './queries/get-feed-negotiation/get-feed-negotiation.query';

/**
 * Feed (upstream, ต้นน้ำ): collective negotiations and supplier quotes, contracts, orders
 * on behalf of members, deliveries to member farms and their corrections, supplier
 * invoices and their payment.
 */
@Module({
  controllers: [
    ...useCaseControllers(feedUseCases),
    GetFeedNegotiationController,
    GetFeedContractController,
    GetFeedInvoiceController,
  ],
  providers: [GetFeedNegotiationHandler, GetFeedContractHandler, GetFeedInvoiceHandler],
})
export class FeedModule {}
