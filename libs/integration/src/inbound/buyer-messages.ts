import {
  BuyerDeliveryMessage,
  BuyerOfferMessage,
  BuyerOrderMessage,
  BuyerPaymentMessage,
  type IntegrationMessage,
} from '@khai/contracts';
import type { CommandContext, CommandResult, UseCaseRunner } from '@khai/event-sourcing';
import { confirmDelivery, confirmSalesOrder, receiveBuyerOffer, recordBuyerPayment } from '@khai/sales';

/**
 * A buyer's message applied as the sales use case it asks for, field by field (the buyer's language → ours).
 * Every message names its sender: sales checks it is the buyer of the negotiation, order or shipment.
 */
export function applyBuyerMessage(
  message: IntegrationMessage,
  context: CommandContext,
  useCases: UseCaseRunner,
): Promise<CommandResult> | undefined {
  if (message instanceof BuyerOfferMessage) {
    // An offer and a counter-offer to the cooperative's counter-offer are both the buyer's round.
    return useCases.run(
      receiveBuyerOffer,
      {
        negotiationId: message.negotiationId,
        buyerId: message.buyerId,
        roundId: message.roundId,
        offeredOn: message.offeredOn,
        prices: message.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
        ...(message.eggsPerWeek === undefined ? {} : { eggsPerWeek: message.eggsPerWeek }),
      },
      context,
    );
  }
  if (message instanceof BuyerOrderMessage) {
    return useCases.run(
      confirmSalesOrder,
      {
        orderId: message.orderId,
        buyerId: message.buyerId,
        ...(message.negotiationId === undefined ? {} : { negotiationId: message.negotiationId }),
        orderedOn: message.orderedOn,
        deliveryOn: message.deliveryOn,
        lines: message.lines.map((l) => ({ size: l.size, trays: l.trays, satangPerEgg: l.satangPerEgg })),
      },
      context,
    );
  }
  if (message instanceof BuyerDeliveryMessage) {
    return useCases.run(
      confirmDelivery,
      {
        shipmentId: message.shipmentId,
        buyerId: message.buyerId,
        deliveredOn: message.deliveredOn,
        recount: message.recount.map((r) => ({ size: r.size, trays: r.trays })),
        claims: message.claims.map((c) => ({
          reason: c.reason,
          size: c.size,
          eggs: c.eggs,
          amountSatang: c.amountSatang,
        })),
      },
      context,
    );
  }
  if (message instanceof BuyerPaymentMessage) {
    return useCases.run(
      recordBuyerPayment,
      {
        orderId: message.orderId,
        buyerId: message.buyerId,
        paymentId: message.paymentId,
        paidOn: message.paidOn,
        amountSatang: message.amountSatang,
        method: message.method,
      },
      context,
    );
  }
  return undefined;
}
