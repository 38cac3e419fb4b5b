import { adjustFeedCharge } from './adjust-feed-charge';
import { recordEggDelivery } from './record-egg-delivery';
import { recordFeedCharge } from './record-feed-charge';
import { setMemberEggPrices } from './set-member-egg-prices';
import { settleMember } from './settle-member';
import { voidEggDelivery } from './void-egg-delivery';

/** The use cases of settlement; only price lists and settlements are on HTTP. */
export const settlementUseCases = [
  setMemberEggPrices,
  recordEggDelivery,
  voidEggDelivery,
  recordFeedCharge,
  adjustFeedCharge,
  settleMember,
];

export {
  LedgerBehind,
  MEMBER_LEDGER,
  type MemberLedger,
  SETTLEMENT_WAIT_MS,
  waitForLedger,
} from './member-ledger.port';
