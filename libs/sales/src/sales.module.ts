import { useCaseControllers } from '@khai/event-sourcing';
import { Module } from '@nestjs/common';

import { salesUseCases } from './commands';
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
 * refusal, and the order's record of a dispatch, are use cases of the shipment process
 * managers only: they have no HTTP route.
 */
@Module({
  controllers: [
    ...useCaseControllers(salesUseCases),
    GetSaleController,
    GetPriceNegotiationController,
    GetSalesOrderController,
    GetShipmentController,
  ],
  providers: [GetSaleHandler, GetPriceNegotiationHandler, GetSalesOrderHandler, GetShipmentHandler],
})
export class SalesModule {}
