export type { FeedContractAgreed, FeedContractEvent, FeedDelivered } from './domain/feed-contract.events';
export { FeedModule } from './feed.module';
