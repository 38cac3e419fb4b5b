import {
  BuyerDeliveryMessage,
  BuyerOfferMessage,
  BuyerOrderMessage,
  BuyerPaymentMessage,
  type IntegrationMessage,
  SupplierDeliveryNoteMessage,
  SupplierInvoiceMessage,
  SupplierQuoteMessage,
} from '@khai/contracts';
import type { CommandContext, CommandResult } from '@khai/event-sourcing';
import { ReceiveFeedInvoiceCommand, ReceiveFeedQuoteCommand, RecordFeedDeliveryCommand } from '@khai/feed';
import {
  ConfirmDeliveryCommand,
  ConfirmSalesOrderCommand,
  ReceiveBuyerOfferCommand,
  RecordBuyerPaymentCommand,
} from '@khai/sales';
import type { Command } from '@nestjs/cqrs';

/** The partner who sent a message, for the `actor` of the events it causes. */
export function partnerOf(message: IntegrationMessage): string | undefined {
  if ('buyerId' in message && typeof message.buyerId === 'string') return message.buyerId;
  if ('supplierId' in message && typeof message.supplierId === 'string') return message.supplierId;
  return undefined;
}

/**
 * Maps a validated partner message to the command it asks for, field by field:
 * the message classes are the partners' language, the commands the cooperative's.
 */
export function commandFor(message: IntegrationMessage, context: CommandContext): Command<CommandResult> {
  if (message instanceof BuyerOfferMessage) {
    // An offer and a counter-offer to the cooperative's counter-offer are both the buyer's round.
    return new ReceiveBuyerOfferCommand(
      {
        negotiationId: message.negotiationId,
        roundId: message.roundId,
        offeredOn: message.offeredOn,
        prices: message.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
        ...(message.eggsPerWeek === undefined ? {} : { eggsPerWeek: message.eggsPerWeek }),
      },
      context,
    );
  }
  if (message instanceof BuyerOrderMessage) {
    return new ConfirmSalesOrderCommand(
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
    return new ConfirmDeliveryCommand(
      {
        shipmentId: message.shipmentId,
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
    return new RecordBuyerPaymentCommand(
      {
        orderId: message.orderId,
        paymentId: message.paymentId,
        paidOn: message.paidOn,
        amountSatang: message.amountSatang,
        method: message.method,
      },
      context,
    );
  }
  if (message instanceof SupplierQuoteMessage) {
    return new ReceiveFeedQuoteCommand(
      {
        negotiationId: message.negotiationId,
        quoteId: message.quoteId,
        supplierId: message.supplierId,
        pricePerKgSatang: message.pricePerKgSatang,
        volumeKg: message.volumeKg,
        receivedOn: message.quotedOn,
        ...(message.validUntil === undefined ? {} : { validUntil: message.validUntil }),
      },
      context,
    );
  }
  if (message instanceof SupplierDeliveryNoteMessage) {
    return new RecordFeedDeliveryCommand(
      {
        contractId: message.contractId,
        deliveryId: message.deliveryId,
        ...(message.orderId === undefined ? {} : { orderId: message.orderId }),
        farmId: message.farmId,
        memberId: message.memberId,
        feedType: message.feedType,
        kg: message.kg,
        deliveredOn: message.deliveredOn,
      },
      context,
    );
  }
  if (message instanceof SupplierInvoiceMessage) {
    return new ReceiveFeedInvoiceCommand(
      {
        invoiceId: message.invoiceId,
        supplierId: message.supplierId,
        contractId: message.contractId,
        contractPricePerKgSatang: message.contractPricePerKgSatang,
        deliveryIds: [...message.deliveryIds],
        invoicedOn: message.invoicedOn,
        dueOn: message.dueOn,
        lines: message.lines.map((l) => ({
          deliveryId: l.deliveryId,
          kg: l.kg,
          pricePerKgSatang: l.pricePerKgSatang,
          amountSatang: l.amountSatang,
        })),
        vatSatang: message.vatSatang,
        totalSatang: message.totalSatang,
      },
      context,
    );
  }
  throw new Error(`no command for ${message.constructor.name}`);
}
