import { Module } from '@nestjs/common';

import { AdjustFeedDeliveryHandler } from './commands/adjust-feed-delivery/adjust-feed-delivery.command';
import { AdjustFeedDeliveryController } from './commands/adjust-feed-delivery/adjust-feed-delivery.controller';
import { AgreeFeedContractHandler } from './commands/agree-feed-contract/agree-feed-contract.command';
import { AgreeFeedContractController } from './commands/agree-feed-contract/agree-feed-contract.controller';
import { AwardFeedContractHandler } from './commands/award-feed-contract/award-feed-contract.command';
import { AwardFeedContractController } from './commands/award-feed-contract/award-feed-contract.controller';
import { CloseFeedNegotiationWithoutAgreementHandler } from './commands/close-feed-negotiation/close-feed-negotiation.command';
import { CloseFeedNegotiationController } from './commands/close-feed-negotiation/close-feed-negotiation.controller';
import { OpenFeedNegotiationHandler } from './commands/open-feed-negotiation/open-feed-negotiation.command';
import { OpenFeedNegotiationController } from './commands/open-feed-negotiation/open-feed-negotiation.controller';
import { PlaceFeedOrderHandler } from './commands/place-feed-order/place-feed-order.command';
import { PlaceFeedOrderController } from './commands/place-feed-order/place-feed-order.controller';
import { ReceiveFeedInvoiceHandler } from './commands/receive-feed-invoice/receive-feed-invoice.command';
import { ReceiveFeedInvoiceController } from './commands/receive-feed-invoice/receive-feed-invoice.controller';
import { ReceiveFeedQuoteHandler } from './commands/receive-feed-quote/receive-feed-quote.command';
import { ReceiveFeedQuoteController } from './commands/receive-feed-quote/receive-feed-quote.controller';
import { RecordFeedDeliveryHandler } from './commands/record-feed-delivery/record-feed-delivery.command';
import { RecordFeedDeliveryController } from './commands/record-feed-delivery/record-feed-delivery.controller';
import { RecordFeedInvoicePaymentHandler } from './commands/record-feed-invoice-payment/record-feed-invoice-payment.command';
import { RecordFeedInvoicePaymentController } from './commands/record-feed-invoice-payment/record-feed-invoice-payment.controller';
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
    OpenFeedNegotiationController,
    ReceiveFeedQuoteController,
    AwardFeedContractController,
    CloseFeedNegotiationController,
    GetFeedNegotiationController,
    AgreeFeedContractController,
    PlaceFeedOrderController,
    RecordFeedDeliveryController,
    AdjustFeedDeliveryController,
    GetFeedContractController,
    ReceiveFeedInvoiceController,
    RecordFeedInvoicePaymentController,
    GetFeedInvoiceController,
  ],
  providers: [
    OpenFeedNegotiationHandler,
    ReceiveFeedQuoteHandler,
    AwardFeedContractHandler,
    CloseFeedNegotiationWithoutAgreementHandler,
    GetFeedNegotiationHandler,
    AgreeFeedContractHandler,
    PlaceFeedOrderHandler,
    RecordFeedDeliveryHandler,
    AdjustFeedDeliveryHandler,
    GetFeedContractHandler,
    ReceiveFeedInvoiceHandler,
    RecordFeedInvoicePaymentHandler,
    GetFeedInvoiceHandler,
  ],
})
export class FeedModule {}
