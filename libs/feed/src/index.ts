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
