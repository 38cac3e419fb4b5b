import {
  type IntegrationMessage,
  SupplierDeliveryNoteMessage,
  SupplierInvoiceMessage,
  SupplierQuoteMessage,
} from '@khai/contracts';
import type { CommandContext, CommandResult, UseCaseRunner } from '@khai/event-sourcing';
import { receiveFeedInvoice, receiveFeedQuote, recordFeedDelivery } from '@khai/feed';

/** A feed supplier's message applied as the feed use case it asks for, field by field. */
export function applySupplierMessage(
  message: IntegrationMessage,
  context: CommandContext,
  useCases: UseCaseRunner,
): Promise<CommandResult> | undefined {
  if (message instanceof SupplierQuoteMessage) {
    return useCases.run(
      receiveFeedQuote,
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
    return useCases.run(
      recordFeedDelivery,
      {
        contractId: message.contractId,
        // The supplier the note names is checked against the contract's (supplier_mismatch).
        supplierId: message.supplierId,
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
    return useCases.run(
      receiveFeedInvoice,
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
  return undefined;
}
