// The member-ledger process manager records deliveries and feed charges through these use cases.
export {
  adjustFeedCharge,
  LedgerBehind,
  MEMBER_LEDGER,
  type MemberLedger,
  recordEggDelivery,
  recordFeedCharge,
  setMemberEggPrices,
  settleMember,
  SETTLEMENT_WAIT_MS,
  settlementUseCases,
  voidEggDelivery,
} from './commands';
export type {
  AdjustFeedCharge,
  RecordEggDelivery,
  RecordFeedCharge,
  SettleMember,
  VoidEggDelivery,
} from './domain/member-account.commands';
export type {
  Deduction,
  EggDeliveryRecorded,
  EggDeliveryVoided,
  EggLine,
  FeedChargeAdjusted,
  FeedChargeRecorded,
  GradingRef,
  MemberAccountEvent,
  MemberSettled,
  SizeEggs,
} from './domain/member-account.events';
export type { MemberEggPrice, MemberEggPricesSet, MemberPriceListEvent } from './domain/member-price-list.events';
export { SettlementModule } from './settlement.module';
