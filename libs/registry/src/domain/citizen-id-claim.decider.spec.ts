import { Conflict } from '@khai/core';
import { given } from '@khai/testing';

import { citizenIdClaimDecider, type ClaimCitizenId } from './citizen-id-claim.decider';
import type { CitizenIdClaimed } from './citizen-id-claim.events';

const claimId = 'a'.repeat(64);
const claimBy = (memberId: string): ClaimCitizenId => ({ type: 'ClaimCitizenId', data: { claimId, memberId } });
const claimed: CitizenIdClaimed = { type: 'CitizenIdClaimed', data: { claimId, memberId: 'M001' } };

describe('claiming a citizen id', () => {
  it('gives an unclaimed citizen id to the member', () => {
    given(citizenIdClaimDecider).when(claimBy('M001')).then([claimed]);
  });

  it('is a no-op when the member who holds it claims it again', () => {
    given(citizenIdClaimDecider, [claimed]).when(claimBy('M001')).thenNothing();
  });

  it('refuses another member, without naming the holder', () => {
    const error = given(citizenIdClaimDecider, [claimed])
      .when(claimBy('M002'))
      .thenThrows(Conflict, 'citizen_id_taken');
    expect(error.message).not.toContain('M001');
    expect(JSON.stringify(error.details)).not.toContain('M001');
  });
});
