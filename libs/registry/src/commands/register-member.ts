import {
  ApiProblems,
  COMMAND_PROBLEMS,
  type CommandContext,
  CommandResponseDto,
  Context,
  DayField,
  Field,
  happenedBy,
  IdField,
  InvariantViolated,
  JsonBody,
  ObjectField,
  Roles,
  TextField,
  toCommandResponse,
  type UseCaseEnvironment,
  UseCaseRunner,
} from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';

import { citizenIdClaim, citizenIdTaken } from '../domain/citizen-id-claim.decider';
import { member, type RegisterMember } from '../domain/member.decider';
import { contactInput, MemberContactDto } from './change-member-contact';
import { CITIZEN_ID_CLAIMS, CitizenIdClaims, claimCitizenId } from './claim-citizen-id';
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
  const claim = await env.state(citizenIdClaim, env.port<CitizenIdClaims>(CITIZEN_ID_CLAIMS).claimId(citizenId));
  if (claim.status === 'claimed' && claim.memberId === memberId) return;
  if (claim.status === 'claimed') throw citizenIdTaken();
  throw new InvariantViolated('citizen_id_not_claimed', `member ${memberId} has not claimed the citizen id`, {
    memberId,
  });
}

/** The second step of registering a member, after claimCitizenId; on HTTP through RegisterMemberController. */
export const registerMember = member.useCase({
  name: 'RegisterMember',
  streamId: (d: RegisterMember['data']) => d.memberId,
  checks: [happenedBy('joinedOn'), holdsTheCitizenId],
});

/**
 * POST /members: claims the citizen id for the member, then registers the member — two streams, two
 * appends, not atomic; a repeat of the same registration finds its own claim and completes.
 */
@ApiTags('registry')
@Controller()
export class RegisterMemberController {
  constructor(
    private readonly useCases: UseCaseRunner,
    @Inject(CITIZEN_ID_CLAIMS) private readonly claims: CitizenIdClaims,
  ) {}

  @Post('members')
  @Roles('manager')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'RegisterMember',
    summary: 'RegisterMember',
    description:
      'Claims the citizen id for the member (409 citizen_id_taken when another member has it), then registers ' +
      'the member with the first farm. Two appends, not atomic: if the answer is lost or an error, repeat the ' +
      'request (with the same Idempotency-Key): the member finds their own claim and the registration completes.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'th: field errors in Thai; else English' })
  @ApiCreatedResponse({ type: CommandResponseDto, description: 'MemberJoined and FarmRegistered on member-<id>' })
  @ApiProblems(COMMAND_PROBLEMS)
  @JsonBody()
  async register(@Body() body: RegisterMemberDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const input: RegisterMember['data'] = {
      memberId: body.memberId,
      name: body.name,
      citizenId: body.citizenId,
      joinedOn: body.joinedOn,
      ...contactInput(body),
      farm: { ...body.farm },
    };
    // Two streams, not atomic: claim first; a retry of the same registration finds its own claim and completes.
    const claim = await this.useCases.run(
      claimCitizenId,
      { ...input, claimId: this.claims.claimId(input.citizenId) },
      context,
    );
    const causationId = claim.events[0]?.metadata.eventId ?? context.causationId;
    const registered = await this.useCases.run(registerMember, input, {
      ...context,
      ...(causationId === undefined ? {} : { causationId }),
    });
    return toCommandResponse(registered);
  }
}
