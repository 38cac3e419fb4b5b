import type { CitizenIdClaimEvent } from './citizen-id-claim.events';

export type CitizenIdClaimState =
  { readonly status: 'unclaimed' } | { readonly status: 'claimed'; readonly memberId: string };

export const initialCitizenIdClaimState: CitizenIdClaimState = { status: 'unclaimed' };

/** Total: a second claim (never written by the decider) leaves the first holder. */
export function evolveCitizenIdClaim(state: CitizenIdClaimState, event: CitizenIdClaimEvent): CitizenIdClaimState {
  switch (event.type) {
    case 'CitizenIdClaimed':
      return state.status === 'claimed' ? state : { status: 'claimed', memberId: event.data.memberId };
  }
}
