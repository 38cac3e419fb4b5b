import { useCaseControllers } from '@khai/event-sourcing';
import { Module } from '@nestjs/common';

import { settlementUseCases } from './commands';
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
    ...useCaseControllers(settlementUseCases),
    GetMemberPriceListController,
    GetMemberAccountController,
    GetMemberSettlementController,
  ],
  providers: [GetMemberPriceListHandler, GetMemberAccountHandler, GetMemberSettlementHandler],
})
export class SettlementModule {}
