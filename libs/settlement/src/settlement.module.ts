import { Module } from '@nestjs/common';

import { AdjustFeedChargeHandler } from './commands/adjust-feed-charge/adjust-feed-charge.command';
import { RecordEggDeliveryHandler } from './commands/record-egg-delivery/record-egg-delivery.command';
import { RecordFeedChargeHandler } from './commands/record-feed-charge/record-feed-charge.command';
import { SetMemberEggPricesHandler } from './commands/set-member-egg-prices/set-member-egg-prices.command';
import { SetMemberEggPricesController } from './commands/set-member-egg-prices/set-member-egg-prices.controller';
import { SettleMemberHandler } from './commands/settle-member/settle-member.command';
import { SettleMemberController } from './commands/settle-member/settle-member.controller';
import { VoidEggDeliveryHandler } from './commands/void-egg-delivery/void-egg-delivery.command';
import {
  GetMemberAccountController,
  GetMemberAccountHandler,
} from './queries/get-member-account/get-member-account.query';
import {
  GetMemberPriceListController,
  GetMemberPriceListHandler,
} from './queries/get-member-price-list/get-member-price-list.query';
import {
  GetMemberSettlementController,
  GetMemberSettlementHandler,
} from './queries/get-member-settlement/get-member-settlement.query';

/**
 * Settlement: per member and period, eggs by size × the member price − feed charged −
 * deductions = net. Deliveries and feed charges arrive as commands from process managers
 * that follow production and feed; only price lists and settlements are on HTTP.
 */
@Module({
  controllers: [
    SetMemberEggPricesController,
    GetMemberPriceListController,
    SettleMemberController,
    GetMemberAccountController,
    GetMemberSettlementController,
  ],
  providers: [
    SetMemberEggPricesHandler,
    GetMemberPriceListHandler,
    RecordEggDeliveryHandler,
    VoidEggDeliveryHandler,
    RecordFeedChargeHandler,
    AdjustFeedChargeHandler,
    SettleMemberHandler,
    GetMemberAccountHandler,
    GetMemberSettlementHandler,
  ],
})
export class SettlementModule {}
