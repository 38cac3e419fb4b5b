export type {
  FeedContractAgreed,
  FeedContractEvent,
  FeedDelivered,
  FeedDeliveryAdjusted,
  FeedOrderPlaced,
} from './domain/feed-contract.events';
export type {
  FeedInvoiceEvent,
  FeedInvoiceLine,
  FeedInvoicePaid,
  FeedInvoiceReceived,
} from './domain/feed-invoice.events';
export type {
  FeedNegotiationConcluded,
  FeedNegotiationEvent,
  FeedNegotiationFailed,
  FeedNegotiationOpened,
  FeedQuoteReceived,
} from './domain/feed-negotiation.events';
export { FeedModule } from './feed.module';
// Supplier messages from Kafka (libs/integration) are applied through these commands.
export { ReceiveFeedInvoiceCommand } from './commands/receive-feed-invoice/receive-feed-invoice.command';
export { ReceiveFeedQuoteCommand } from './commands/receive-feed-quote/receive-feed-quote.command';
export { RecordFeedDeliveryCommand } from './commands/record-feed-delivery/record-feed-delivery.command';
