import { adjustFeedDelivery } from './adjust-feed-delivery';
import { agreeFeedContract } from './agree-feed-contract';
import { awardFeedContract } from './award-feed-contract';
import { closeFeedNegotiation } from './close-feed-negotiation';
import { openFeedNegotiation } from './open-feed-negotiation';
import { placeFeedOrder } from './place-feed-order';
import { receiveFeedInvoice } from './receive-feed-invoice';
import { receiveFeedQuote } from './receive-feed-quote';
import { recordFeedDelivery } from './record-feed-delivery';
import { recordFeedInvoicePayment } from './record-feed-invoice-payment';

/** The use cases of feed, in the order of the chain. */
export const feedUseCases = [
  openFeedNegotiation,
  receiveFeedQuote,
  awardFeedContract,
  closeFeedNegotiation,
  agreeFeedContract,
  placeFeedOrder,
  recordFeedDelivery,
  adjustFeedDelivery,
  receiveFeedInvoice,
  recordFeedInvoicePayment,
];
