import { createHmac } from 'node:crypto';

import type { UseCaseEnvironment } from '@khai/event-sourcing';

import { citizenIdClaim, citizenIdTaken } from '../domain/citizen-id-claim.decider';
import { member, memberDecider, type RegisterMember } from '../domain/member.decider';

/** The installation's CitizenIdClaims, bound by the registry module (a key of the data directory's keys.sqlite). */
export const CITIZEN_ID_CLAIMS = Symbol('CitizenIdClaims');

/**
 * The purpose of the installation key (`PersonalDataVault.installationKey`) the claim ids are an HMAC under. Made on
 * the installation's first start and kept with the members' keys (keys.sqlite): a claim is found again only under
 * the same key, so that file is backed up with the log and restored with it.
 */
export const CITIZEN_ID_CLAIM_KEY_PURPOSE = 'citizen-id-claim';

/**
 * The key of the claim ids before each installation had its own (a constant of the source, so anyone holding the log
 * could recompute them): kept only to find the claims written then, never to write one.
 */
const FORMER_CLAIM_KEY = 'khai/registry/citizen-id-claim/v1';

/** The stream id of a citizen id's claim: hex HMAC-SHA-256 of its 13 digits under `key`, never the id itself (PDPA). */
export function citizenIdClaimId(key: Uint8Array, citizenId: string): string {
  return createHmac('sha256', key).update(digitsOf(citizenId)).digest('hex');
}

/** The stream id a claim of the citizen id had under the former, public key. */
export function formerCitizenIdClaimId(citizenId: string): string {
  return createHmac('sha256', FORMER_CLAIM_KEY).update(digitsOf(citizenId)).digest('hex');
}

function digitsOf(citizenId: string): string {
  return citizenId.replace(/[\s-]/g, '');
}

/** The claim ids of this installation: under its secret key, so that no one without it can tell them from a guess. */
export class CitizenIdClaims {
  constructor(private readonly key: Uint8Array) {}

  claimId(citizenId: string): string {
    return citizenIdClaimId(this.key, citizenId);
  }
}

/** The stream id of the citizen id's claim in this installation (`CitizenIdClaims`, a port). */
export const claimIdOf = (citizenId: string, env: UseCaseEnvironment): string =>
  env.port<CitizenIdClaims>(CITIZEN_ID_CLAIMS).claimId(citizenId);

/**
 * The registration would be taken by the member stream as it is now (a valid citizen id; the
 * member not registered otherwise, e.g. with another citizen id): so that a claim is written
 * only for a registration that then goes through, and no claim holds an id for nobody.
 */
export async function registrationAccepted(data: RegisterMember['data'], env: UseCaseEnvironment): Promise<void> {
  memberDecider.decide({ type: 'RegisterMember', data }, await env.state(member, data.memberId));
}

/** Another member's claim written under the former key (before installation keys) holds the citizen id too. */
export async function notClaimedFormerly(
  { citizenId, memberId }: RegisterMember['data'],
  env: UseCaseEnvironment,
): Promise<void> {
  const former = await env.state(citizenIdClaim, formerCitizenIdClaimId(citizenId));
  if (former.status === 'claimed' && former.memberId !== memberId) throw citizenIdTaken();
}
