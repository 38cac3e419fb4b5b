import { ApiProblems, EVENT_STORE, type EventStore, QUERY_PROBLEMS, readState, Roles } from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { partner } from '../../domain/partner.decider';
import { BUYER_CHANNELS, CHAIN_STAGES, PARTNER_KINDS } from '../../domain/partner.vocabulary';
import { partnerNotFound } from '../../domain/registry.errors';

export class PartnerStageChangeDto {
  @ApiProperty({ enum: CHAIN_STAGES }) previousStage!: string;
  @ApiProperty({ enum: CHAIN_STAGES }) stage!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() changedOn!: string;
}

export class PartnerDto {
  @ApiProperty() partnerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PARTNER_KINDS }) kind!: string;
  @ApiPropertyOptional({ enum: BUYER_CHANNELS }) channel?: string;
  @ApiProperty({ enum: CHAIN_STAGES, description: 'where the partner sits on the cluster map now' }) stage!: string;
  @ApiPropertyOptional() province?: string;
  @ApiPropertyOptional() taxId?: string;
  @ApiProperty() registeredOn!: string;
  @ApiProperty({ type: [PartnerStageChangeDto] }) stageChanges!: PartnerStageChangeDto[];
  @ApiProperty() revision!: number;
}

export class GetPartnerQuery extends Query<PartnerDto> {
  constructor(readonly partnerId: string) {
    super();
  }
}

@QueryHandler(GetPartnerQuery)
export class GetPartnerHandler implements IQueryHandler<GetPartnerQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ partnerId }: GetPartnerQuery): Promise<PartnerDto> {
    const { state, revision } = await readState(this.store, partner.stream(partnerId), partner.decider);
    if (state.status === 'none') throw partnerNotFound(partnerId);
    const r = state.registration;
    return {
      partnerId: r.partnerId,
      name: r.name,
      kind: r.kind,
      ...(r.channel !== undefined ? { channel: r.channel } : {}),
      stage: state.stage,
      ...(r.province !== undefined ? { province: r.province } : {}),
      ...(r.taxId !== undefined ? { taxId: r.taxId } : {}),
      registeredOn: r.registeredOn,
      stageChanges: state.stageChanges.map((c) => ({
        previousStage: c.previousStage,
        stage: c.stage,
        reason: c.reason,
        changedOn: c.changedOn,
      })),
      revision,
    };
  }
}

@ApiTags('registry')
@ApiProblems(QUERY_PROBLEMS)
@Controller('partners')
export class GetPartnerController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':partnerId')
  @Roles('manager', 'staff', { partner: 'partnerId' })
  @ApiOkResponse({ type: PartnerDto })
  get(@Param('partnerId') partnerId: string): Promise<PartnerDto> {
    return this.queries.execute(new GetPartnerQuery(partnerId));
  }
}
