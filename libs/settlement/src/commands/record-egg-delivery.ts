import type { RecordEggDelivery } from '../domain/member-account.commands';
import { memberAccount } from '../domain/member-account.decider';

/** Sent by the member-ledger process manager, which follows lot gradings (production); not on HTTP. */
export const recordEggDelivery = memberAccount.useCase({
  name: 'RecordEggDelivery',
  streamId: (d: RecordEggDelivery['data']) => d.memberId,
});
