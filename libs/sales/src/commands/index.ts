import { agreePrice } from './agree-price';
import { cancelSalesOrder } from './cancel-sales-order';
import { confirmDelivery } from './confirm-delivery';
import { confirmSalesOrder } from './confirm-sales-order';
import { confirmShipmentAllocated } from './confirm-shipment-allocated';
import { dispatchShipment } from './dispatch-shipment';
import { failNegotiation } from './fail-negotiation';
import { makeCounterOffer } from './make-counter-offer';
import { openPriceNegotiation } from './open-price-negotiation';
import { planShipment } from './plan-shipment';
import { receiveBuyerOffer } from './receive-buyer-offer';
import { recordBuyerPayment } from './record-buyer-payment';
import { recordSale } from './record-sale';
import { recordSalesOrderDispatch } from './record-sales-order-dispatch';
import { refuseShipment } from './refuse-shipment';

/** The use cases of sales: negotiation, order, shipment, and the recorded sale. */
export const salesUseCases = [
  openPriceNegotiation,
  receiveBuyerOffer,
  makeCounterOffer,
  agreePrice,
  failNegotiation,
  confirmSalesOrder,
  cancelSalesOrder,
  recordBuyerPayment,
  recordSalesOrderDispatch,
  planShipment,
  confirmShipmentAllocated,
  refuseShipment,
  dispatchShipment,
  confirmDelivery,
  recordSale,
];
