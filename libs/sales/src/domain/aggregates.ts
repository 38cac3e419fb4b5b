import { aggregate } from '@khai/core';

import { priceNegotiationDecider } from './price-negotiation.decider';
import { saleDecider } from './sale.decider';
import { salesOrderDecider } from './sales-order.decider';
import { shipmentDecider } from './shipment.decider';

/** The sales aggregates and the stream categories they own (`shipment` → streams `shipment-<id>`). */
export const priceNegotiation = aggregate('pricenegotiation', priceNegotiationDecider);
export const sale = aggregate('sale', saleDecider);
export const salesOrder = aggregate('salesorder', salesOrderDecider);
export const shipment = aggregate('shipment', shipmentDecider);
