import type { RecordFeedCharge } from '../domain/member-account.commands';
import { memberAccount } from '../domain/member-account.decider';

/** Sent by the member-ledger process manager, which follows feed deliveries (feed); not on HTTP. */
export const recordFeedCharge = memberAccount.useCase({
  name: 'RecordFeedCharge',
  streamId: (d: RecordFeedCharge['data']) => d.memberId,
});
