import { EVENT_STORE, type EventStore, NotFound, readState, streamName } from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { maskCitizenId } from '../../domain/citizen-id';
import { memberDecider } from '../../domain/member.decider';

export class MemberFarmDto {
  @ApiProperty() farmId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() district!: string;
  @ApiProperty() province!: string;
  @ApiProperty() registeredOn!: string;
}

export class MemberFlockDto {
  @ApiProperty() flockId!: string;
  @ApiProperty() farmId!: string;
  @ApiProperty() breed!: string;
  @ApiProperty() hensPlaced!: number;
  @ApiProperty() placedOn!: string;
}

export class MemberDto {
  @ApiProperty() memberId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '1-XXXX-XXXXX-XX-1', description: 'masked (PDPA): first and last digit only' })
  maskedCitizenId!: string;
  @ApiProperty() joinedOn!: string;
  @ApiProperty({ type: [MemberFarmDto] }) farms!: MemberFarmDto[];
  @ApiProperty({ type: [MemberFlockDto] }) flocks!: MemberFlockDto[];
  @ApiProperty() revision!: number;
}

export class GetMemberQuery extends Query<MemberDto> {
  constructor(readonly memberId: string) {
    super();
  }
}

@QueryHandler(GetMemberQuery)
export class GetMemberHandler implements IQueryHandler<GetMemberQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ memberId }: GetMemberQuery): Promise<MemberDto> {
    const { state, revision } = await readState(this.store, streamName('member', memberId), memberDecider);
    if (state.status === 'none') throw new NotFound(`no member ${memberId}`);
    const { member } = state;
    return {
      memberId: member.memberId,
      name: member.name,
      maskedCitizenId: maskCitizenId(member.citizenId),
      joinedOn: member.joinedOn,
      farms: state.farms.map((f) => ({
        farmId: f.farmId,
        name: f.name,
        district: f.district,
        province: f.province,
        registeredOn: f.registeredOn,
      })),
      flocks: state.flocks.map((f) => ({
        flockId: f.flockId,
        farmId: f.farmId,
        breed: f.breed,
        hensPlaced: f.hensPlaced,
        placedOn: f.placedOn,
      })),
      revision,
    };
  }
}

@ApiTags('registry')
@Controller('members')
export class GetMemberController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':memberId')
  @ApiOkResponse({ type: MemberDto })
  get(@Param('memberId') memberId: string): Promise<MemberDto> {
    return this.queries.execute(new GetMemberQuery(memberId));
  }
}
