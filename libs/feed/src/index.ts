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
// Supplier messages from Kafka (libs/integration) are applied through these use cases.
export { feedUseCases } from './commands';
export { receiveFeedInvoice } from './commands/receive-feed-invoice';
export { receiveFeedQuote } from './commands/receive-feed-quote';
export { recordFeedDelivery } from './commands/record-feed-delivery';
