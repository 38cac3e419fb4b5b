import { announceReferencePrice } from './announce-reference-price';
import { recordFeedMarketPrice } from './record-feed-market-price';
import { reviseReferencePrice } from './revise-reference-price';

/** The use cases of the market. */
export const marketUseCases = [announceReferencePrice, reviseReferencePrice, recordFeedMarketPrice];
