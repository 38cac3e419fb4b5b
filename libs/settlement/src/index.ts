// The member-ledger process manager records deliveries and feed charges through these use cases.
export { settlementUseCases } from './commands';
export { adjustFeedCharge } from './commands/adjust-feed-charge';
export {
  LedgerBehind,
  MEMBER_LEDGER,
  type MemberLedger,
  SETTLEMENT_WAIT_MS,
  waitForLedger,
} from './commands/member-ledger.port';
export { recordEggDelivery } from './commands/record-egg-delivery';
export { recordFeedCharge } from './commands/record-feed-charge';
export { setMemberEggPrices } from './commands/set-member-egg-prices';
export { settleMember } from './commands/settle-member';
export { voidEggDelivery } from './commands/void-egg-delivery';
export type {
  AdjustFeedCharge,
  DeductionRequest,
  RecordEggDelivery,
  RecordFeedCharge,
  SettleMember,
  VoidEggDelivery,
} from './domain/member-account.commands';
export { memberAccount } from './domain/member-account.decider';
// The generator sets member price lists through the schedule's decider, as the use case does.
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
export type {
  FeedAdjustment,
  FeedCharge,
  Grading,
  MemberAccountState,
  OpenMemberAccount,
  Settlement,
} from './domain/member-account.state';
export { emptyMemberAccount } from './domain/member-account.state';
export { memberPriceSchedule, PRICE_SCHEDULE_ID } from './domain/member-price-list.decider';
export type { MemberEggPrice, MemberEggPricesSet, MemberPriceListEvent } from './domain/member-price-list.events';
export { SettlementModule } from './settlement.module';
