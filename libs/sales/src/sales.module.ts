import { Module } from '@nestjs/common';

import { AgreePriceHandler } from './commands/agree-price/agree-price.command';
import { AgreePriceController } from './commands/agree-price/agree-price.controller';
import { CancelSalesOrderHandler } from './commands/cancel-sales-order/cancel-sales-order.command';
import { CancelSalesOrderController } from './commands/cancel-sales-order/cancel-sales-order.controller';
import { ConfirmDeliveryHandler } from './commands/confirm-delivery/confirm-delivery.command';
import { ConfirmDeliveryController } from './commands/confirm-delivery/confirm-delivery.controller';
import { ConfirmSalesOrderHandler } from './commands/confirm-sales-order/confirm-sales-order.command';
import { ConfirmSalesOrderController } from './commands/confirm-sales-order/confirm-sales-order.controller';
import { ConfirmShipmentAllocatedHandler } from './commands/confirm-shipment-allocated/confirm-shipment-allocated.command';
import { DispatchShipmentHandler } from './commands/dispatch-shipment/dispatch-shipment.command';
import { DispatchShipmentController } from './commands/dispatch-shipment/dispatch-shipment.controller';
import { FailNegotiationHandler } from './commands/fail-negotiation/fail-negotiation.command';
import { FailNegotiationController } from './commands/fail-negotiation/fail-negotiation.controller';
import { MakeCounterOfferHandler } from './commands/make-counter-offer/make-counter-offer.command';
import { MakeCounterOfferController } from './commands/make-counter-offer/make-counter-offer.controller';
import { OpenPriceNegotiationHandler } from './commands/open-price-negotiation/open-price-negotiation.command';
import { OpenPriceNegotiationController } from './commands/open-price-negotiation/open-price-negotiation.controller';
import { PlanShipmentHandler } from './commands/plan-shipment/plan-shipment.command';
import { PlanShipmentController } from './commands/plan-shipment/plan-shipment.controller';
import { ReceiveBuyerOfferHandler } from './commands/receive-buyer-offer/receive-buyer-offer.command';
import { ReceiveBuyerOfferController } from './commands/receive-buyer-offer/receive-buyer-offer.controller';
import { RecordBuyerPaymentHandler } from './commands/record-buyer-payment/record-buyer-payment.command';
import { RecordBuyerPaymentController } from './commands/record-buyer-payment/record-buyer-payment.controller';
import { RecordSaleHandler } from './commands/record-sale/record-sale.command';
import { RecordSaleController } from './commands/record-sale/record-sale.controller';
import { RecordSalesOrderDispatchHandler } from './commands/record-sales-order-dispatch/record-sales-order-dispatch.command';
import { RefuseShipmentHandler } from './commands/refuse-shipment/refuse-shipment.command';
import {
  GetPriceNegotiationController,
  GetPriceNegotiationHandler,
} from './queries/get-price-negotiation/get-price-negotiation.query';
import { GetSaleController, GetSaleHandler } from './queries/get-sale/get-sale.query';
import { GetSalesOrderController, GetSalesOrderHandler } from './queries/get-sales-order/get-sales-order.query';
import { GetShipmentController, GetShipmentHandler } from './queries/get-shipment/get-shipment.query';

/**
 * Sales (downstream): price negotiations, sales orders and payments, shipments from
 * packed lots with delivery confirmation, and recorded sales. Shipment allocation and
 * refusal, and the order's record of a dispatch, are commands for the shipment process
 * manager only: they have handlers but no HTTP route.
 */
@Module({
  controllers: [
    RecordSaleController,
    GetSaleController,
    OpenPriceNegotiationController,
    ReceiveBuyerOfferController,
    MakeCounterOfferController,
    AgreePriceController,
    FailNegotiationController,
    GetPriceNegotiationController,
    ConfirmSalesOrderController,
    CancelSalesOrderController,
    RecordBuyerPaymentController,
    GetSalesOrderController,
    PlanShipmentController,
    DispatchShipmentController,
    ConfirmDeliveryController,
    GetShipmentController,
  ],
  providers: [
    RecordSaleHandler,
    GetSaleHandler,
    OpenPriceNegotiationHandler,
    ReceiveBuyerOfferHandler,
    MakeCounterOfferHandler,
    AgreePriceHandler,
    FailNegotiationHandler,
    GetPriceNegotiationHandler,
    ConfirmSalesOrderHandler,
    CancelSalesOrderHandler,
    RecordBuyerPaymentHandler,
    RecordSalesOrderDispatchHandler,
    GetSalesOrderHandler,
    PlanShipmentHandler,
    ConfirmShipmentAllocatedHandler,
    RefuseShipmentHandler,
    DispatchShipmentHandler,
    ConfirmDeliveryHandler,
    GetShipmentHandler,
  ],
})
export class SalesModule {}
