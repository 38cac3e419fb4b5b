export { ConfirmShipmentAllocatedCommand } from './commands/confirm-shipment-allocated/confirm-shipment-allocated.command';
export { RecordSalesOrderDispatchCommand } from './commands/record-sales-order-dispatch/record-sales-order-dispatch.command';
export { RefuseShipmentCommand } from './commands/refuse-shipment/refuse-shipment.command';
export type {
  BuyerOfferReceived,
  CounterOfferMade,
  NegotiatedPrice,
  NegotiationFailed,
  PriceAgreed,
  PriceNegotiationEvent,
  PriceNegotiationOpened,
} from './domain/price-negotiation.events';
export type { SaleEvent, SaleLine, SaleRecorded } from './domain/sale.events';
export type {
  PaymentMethod,
  PaymentReceived,
  PriceBasis,
  SalesOrderCancelled,
  SalesOrderConfirmed,
  SalesOrderDispatchRecorded,
  SalesOrderEvent,
  SalesOrderLine,
} from './domain/sales-order.events';
export type {
  ClaimReason,
  DeliveryClaim,
  DeliveryConfirmed,
  RecountLine,
  ShipmentAllocated,
  ShipmentDispatched,
  ShipmentEvent,
  ShipmentItem,
  ShipmentPlanned,
  ShipmentRefused,
} from './domain/shipment.events';
export { SalesModule } from './sales.module';
// Partner messages from Kafka (libs/integration) are applied through these commands.
export { ConfirmDeliveryCommand } from './commands/confirm-delivery/confirm-delivery.command';
export { ConfirmSalesOrderCommand } from './commands/confirm-sales-order/confirm-sales-order.command';
export { ReceiveBuyerOfferCommand } from './commands/receive-buyer-offer/receive-buyer-offer.command';
export { RecordBuyerPaymentCommand } from './commands/record-buyer-payment/record-buyer-payment.command';
