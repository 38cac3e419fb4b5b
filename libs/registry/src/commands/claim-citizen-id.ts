import { createHmac } from 'node:crypto';

import type { UseCaseEnvironment } from '@khai/event-sourcing';
import { happenedBy } from '@khai/event-sourcing';

import { citizenIdClaim } from '../domain/citizen-id-claim.decider';
import { member, memberDecider, type RegisterMember } from '../domain/member.decider';

/**
 * The key the claim id is an HMAC-SHA-256 under: it separates these hashes from any other
 * hash of citizen ids (no table of hashed ids fits them). It is not a secret and must never
 * change: a claim is found again only under the same key.
 */
const CLAIM_KEY = 'khai/registry/citizen-id-claim/v1';

/** The stream id of a citizen id's claim: hex HMAC-SHA-256 of its 13 digits, never the id itself (PDPA). */
export function citizenIdClaimId(citizenId: string): string {
  return createHmac('sha256', CLAIM_KEY).update(citizenId.replace(/[\s-]/g, '')).digest('hex');
}

/**
 * The registration would be taken by the member stream as it is now (a valid citizen id; the
 * member not registered otherwise, e.g. with another citizen id): so that a claim is written
 * only for a registration that then goes through, and no claim holds an id for nobody.
 */
async function registrationAccepted(data: RegisterMember['data'], env: UseCaseEnvironment): Promise<void> {
  memberDecider.decide({ type: 'RegisterMember', data }, await env.state(member, data.memberId));
}

/**
 * The first step of registering a member (RegisterMemberController): the member claims the
 * citizen id they register with; another member's claim refuses it (409 `citizen_id_taken`).
 */
export const claimCitizenId = citizenIdClaim.useCase({
  name: 'ClaimCitizenId',
  streamId: (d: RegisterMember['data']) => citizenIdClaimId(d.citizenId),
  checks: [happenedBy('joinedOn'), registrationAccepted],
  command: ({ citizenId, memberId }) => ({
    type: 'ClaimCitizenId',
    data: { claimId: citizenIdClaimId(citizenId), memberId },
  }),
});
