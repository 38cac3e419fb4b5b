import { ApiProblems, EVENT_STORE, type EventStore, QUERY_PROBLEMS, readState, Roles } from '@khai/event-sourcing';
import { Controller, Get, Headers, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { maskCitizenId } from '../../domain/citizen-id';
import { member as memberAggregate } from '../../domain/member.decider';
import { memberNotFound } from '../../domain/registry.errors';

export class MemberFarmDto {
  @ApiProperty() farmId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() district!: string;
  @ApiProperty() province!: string;
  @ApiProperty() registeredOn!: string;
}

export class MemberDto {
  @ApiProperty() memberId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '1-XXXX-XXXXX-XX-1', description: 'masked (PDPA): first and last digit only' })
  maskedCitizenId!: string;
  @ApiPropertyOptional({ description: 'whole, only in the member’s own view (X-Actor: member:<memberId>)' })
  citizenId?: string;
  @ApiProperty() joinedOn!: string;
  @ApiProperty({ type: [MemberFarmDto] }) farms!: MemberFarmDto[];
  @ApiProperty() revision!: number;
}

export class GetMemberQuery extends Query<MemberDto> {
  constructor(
    readonly memberId: string,
    /** Who is asking (the X-Actor header), if anyone said. */
    readonly viewer: string | undefined,
  ) {
    super();
  }
}

/** The actor that is the member themself: the only viewer who sees the citizen id whole. */
export function ownView(memberId: string): string {
  return `member:${memberId}`;
}

@QueryHandler(GetMemberQuery)
export class GetMemberHandler implements IQueryHandler<GetMemberQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ memberId, viewer }: GetMemberQuery): Promise<MemberDto> {
    const { state, revision } = await readState(this.store, memberAggregate.stream(memberId), memberAggregate.decider);
    if (state.status === 'none') throw memberNotFound(memberId);
    const { member } = state;
    return {
      memberId: member.memberId,
      name: member.name,
      maskedCitizenId: maskCitizenId(member.citizenId),
      ...(viewer === ownView(member.memberId) ? { citizenId: member.citizenId } : {}),
      joinedOn: member.joinedOn,
      farms: state.farms.map((f) => ({
        farmId: f.farmId,
        name: f.name,
        district: f.district,
        province: f.province,
        registeredOn: f.registeredOn,
      })),
      revision,
    };
  }
}

@ApiTags('registry')
@ApiProblems(QUERY_PROBLEMS)
@Controller('members')
export class GetMemberController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':memberId')
  @Roles('manager', 'staff', { member: 'memberId' })
  @ApiHeader({ name: 'X-Actor', required: false, description: '`member:<memberId>` for the member’s own view' })
  @ApiOkResponse({ type: MemberDto })
  get(@Param('memberId') memberId: string, @Headers('x-actor') actor?: string): Promise<MemberDto> {
    return this.queries.execute(new GetMemberQuery(memberId, actor));
  }
}
