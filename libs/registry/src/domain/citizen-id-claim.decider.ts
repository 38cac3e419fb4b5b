import { aggregate, Conflict, type Decider } from '@khai/core';

import type { CitizenIdClaimed, CitizenIdClaimEvent } from './citizen-id-claim.events';
import { type CitizenIdClaimState, evolveCitizenIdClaim, initialCitizenIdClaimState } from './citizen-id-claim.state';

/** A member claims the citizen id they register with, before they join. */
export type ClaimCitizenId = { readonly type: 'ClaimCitizenId'; readonly data: CitizenIdClaimed['data'] };

export type CitizenIdClaimCommand = ClaimCitizenId;

/** One citizen id, one member: the first claim holds; the holder's repeat is a no-op. */
export const citizenIdClaimDecider: Decider<CitizenIdClaimCommand, CitizenIdClaimEvent, CitizenIdClaimState> = {
  initialState: initialCitizenIdClaimState,
  evolve: evolveCitizenIdClaim,
  decide({ data }, state) {
    if (state.status === 'unclaimed') {
      return [{ type: 'CitizenIdClaimed', data: { claimId: data.claimId, memberId: data.memberId } }];
    }
    if (state.memberId === data.memberId) return [];
    // Who holds it is not said: the caller may not know that member's citizen id.
    throw citizenIdTaken();
  },
};

export function citizenIdTaken(): Conflict {
  return new Conflict('citizen_id_taken', 'this citizen id is already registered to another member');
}

/** Claims live in the `citizenidclaim` stream category, one stream per citizen id (by its claim id). */
export const citizenIdClaim = aggregate('citizenidclaim', citizenIdClaimDecider);
