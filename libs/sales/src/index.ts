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
// The shipment process managers and the buyers' Kafka messages (libs/integration) run these use cases.
export { salesUseCases } from './commands';
export { confirmDelivery } from './commands/confirm-delivery';
export { confirmSalesOrder } from './commands/confirm-sales-order';
export { confirmShipmentAllocated } from './commands/confirm-shipment-allocated';
export { receiveBuyerOffer } from './commands/receive-buyer-offer';
export { recordBuyerPayment } from './commands/record-buyer-payment';
export { recordSale } from './commands/record-sale';
export { recordSalesOrderDispatch } from './commands/record-sales-order-dispatch';
export { refuseShipment } from './commands/refuse-shipment';
// The delivered-sale process manager reads the order's prices and the shipment's lots.
export { salesOrder, shipment } from './domain/aggregates';
