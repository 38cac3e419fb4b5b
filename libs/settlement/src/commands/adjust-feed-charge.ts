import type { AdjustFeedCharge } from '../domain/member-account.commands';
import { memberAccount } from '../domain/member-account.decider';

/** Sent by the member-ledger process manager, which follows feed delivery adjustments (feed); not on HTTP. */
export const adjustFeedCharge = memberAccount.useCase({
  name: 'AdjustFeedCharge',
  streamId: (d: AdjustFeedCharge['data']) => d.memberId,
});
