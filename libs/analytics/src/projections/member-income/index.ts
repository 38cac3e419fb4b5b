import type { DocumentProjection } from '@khai/read-models';

import { memberIncomeProjection } from './member-income.projection';
import { GetMemberIncomeHandler, MemberIncomeController } from './member-income.query';
import { GetPassbookHandler, PassbookController } from './passbook.query';
import { GetReconciliationHandler, ReconciliationController } from './reconciliation.query';

/** For the lead to add to `analyticsProjections()` and `AnalyticsModule`. */
export const incomeProjections: DocumentProjection[] = [memberIncomeProjection];
export const incomeControllers = [MemberIncomeController, ReconciliationController, PassbookController];
/** Needs `ReferenceSeriesCache`, which AnalyticsModule already provides. */
export const incomeProviders = [GetMemberIncomeHandler, GetReconciliationHandler, GetPassbookHandler];

export type { MemberIncomeParams, MemberIncomeReportDto } from './member-income.dto';
export { memberIncomeProjection } from './member-income.projection';
export { GetMemberIncomeHandler, GetMemberIncomeQuery, MemberIncomeController } from './member-income.query';
