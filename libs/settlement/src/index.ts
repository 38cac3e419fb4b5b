export { AdjustFeedChargeCommand } from './commands/adjust-feed-charge/adjust-feed-charge.command';
export { RecordEggDeliveryCommand } from './commands/record-egg-delivery/record-egg-delivery.command';
export { RecordFeedChargeCommand } from './commands/record-feed-charge/record-feed-charge.command';
export { SetMemberEggPricesCommand } from './commands/set-member-egg-prices/set-member-egg-prices.command';
export { SettleMemberCommand, type SettleMemberData } from './commands/settle-member/settle-member.command';
export { VoidEggDeliveryCommand } from './commands/void-egg-delivery/void-egg-delivery.command';
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
