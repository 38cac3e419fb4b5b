import type { VoidEggDelivery } from '../domain/member-account.commands';
import { memberAccount } from '../domain/member-account.decider';

/** Sent by the member-ledger process manager, which follows voided gradings (production); not on HTTP. */
export const voidEggDelivery = memberAccount.useCase({
  name: 'VoidEggDelivery',
  streamId: (d: VoidEggDelivery['data']) => d.memberId,
});
