import type { DocumentProjection } from '@khai/read-models';

import { memberIncomeProjection } from './member-income.projection';
import { GetMemberIncomeHandler, MemberIncomeController } from './member-income.query';
import { GetReconciliationHandler, ReconciliationController } from './reconciliation.query';

/** For the lead to add to `analyticsProjections()` and `AnalyticsModule`. */
export const incomeProjections: DocumentProjection[] = [memberIncomeProjection];
export const incomeControllers = [MemberIncomeController, ReconciliationController];
/** Needs `ReferenceSeriesCache`, which AnalyticsModule already provides. */
export const incomeProviders = [GetMemberIncomeHandler, GetReconciliationHandler];

export type { MemberIncomeParams, MemberIncomeReportDto } from './member-income.dto';
export { memberIncomeProjection } from './member-income.projection';
export { GetMemberIncomeHandler, GetMemberIncomeQuery, MemberIncomeController } from './member-income.query';
