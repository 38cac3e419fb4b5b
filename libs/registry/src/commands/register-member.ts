import {
  DayField,
  Field,
  happenedBy,
  IdField,
  InvariantViolated,
  ObjectField,
  TextField,
  type UseCaseEnvironment,
} from '@khai/event-sourcing';

import { citizenIdClaim, citizenIdTaken } from '../domain/citizen-id-claim.decider';
import { member, type RegisterMember } from '../domain/member.decider';
import { MemberContactDto } from './change-member-contact';
import { claimIdOf, notClaimedFormerly, registrationAccepted } from './claim-citizen-id';
import { IsCitizenId } from './is-thai-id.validator';

export class NewFarmDto {
  @IdField({ example: 'F01', description: 'unique within the member' })
  farmId!: string;

  @TextField(200, { example: 'ฟาร์มสมชาย' })
  name!: string;

  @TextField(100, { example: 'หางดง', description: 'district (อำเภอ)' })
  district!: string;

  @TextField(100, { example: 'เชียงใหม่', description: 'province (จังหวัด)' })
  province!: string;
}

/** A member and their first farm, and how to reach and pay them if known; flocks are placed with POST /flocks. */
export class RegisterMemberDto extends MemberContactDto {
  @IdField({ example: 'M001' })
  memberId!: string;

  @TextField(200, { example: 'สมชาย ใจดี' })
  name!: string;

  @Field({ example: '1234567890121', description: '13 digits, no dashes; personal data (PDPA)' }, IsCitizenId())
  citizenId!: string;

  @DayField({ example: '2026-01-15', description: 'ISO date the membership starts; also the first farm’s' })
  joinedOn!: string;

  @ObjectField(NewFarmDto, { description: 'the first farm' })
  farm!: NewFarmDto;
}

/** The member holds the citizen id's claim (claimCitizenId): one citizen id, one member. */
async function holdsTheCitizenId(
  { memberId, citizenId }: RegisterMember['data'],
  env: UseCaseEnvironment,
): Promise<void> {
  const claim = await env.state(citizenIdClaim, claimIdOf(citizenId, env));
  if (claim.status === 'claimed' && claim.memberId === memberId) return;
  if (claim.status === 'claimed') throw citizenIdTaken();
  throw new InvariantViolated('citizen_id_not_claimed', `member ${memberId} has not claimed the citizen id`, {
    memberId,
  });
}

/** The second step of registering a member, after claimCitizenId. */
export const registerMember = member.useCase({
  name: 'RegisterMember',
  streamId: (d: RegisterMember['data']) => d.memberId,
  checks: [happenedBy('joinedOn'), holdsTheCitizenId],
});

/**
 * POST /members: the member claims the citizen id they register with (another member's claim refuses it: 409
 * `citizen_id_taken`), then registers — two streams, two appends, not atomic; a repeat of the same registration
 * finds its own claim and completes.
 */
export const claimCitizenId = citizenIdClaim.useCase({
  name: 'ClaimCitizenId',
  streamId: (d: RegisterMember['data'], env) => claimIdOf(d.citizenId, env),
  checks: [happenedBy('joinedOn'), notClaimedFormerly, registrationAccepted],
  command: ({ citizenId, memberId }, env) => ({
    type: 'ClaimCitizenId',
    data: { claimId: claimIdOf(citizenId, env), memberId },
  }),
  http: {
    tag: 'registry',
    roles: ['manager'],
    path: '/members',
    body: RegisterMemberDto,
    operationId: 'RegisterMember',
    description:
      'Claims the citizen id for the member (409 citizen_id_taken when another member has it), then registers ' +
      'the member with the first farm. Two appends, not atomic: if the answer is lost or an error, repeat the ' +
      'request (with the same Idempotency-Key): the member finds their own claim and the registration completes.',
    then: { useCase: registerMember, input: (registration) => registration },
  },
});
