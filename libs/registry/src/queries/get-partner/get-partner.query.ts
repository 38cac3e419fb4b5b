import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  type Principal,
  QUERY_PROBLEMS,
  readState,
  Roles,
  SignedIn,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { maskCitizenId } from '../../domain/citizen-id';
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
  @ApiPropertyOptional({
    example: '0-XXXX-XXXXX-XX-5',
    description: 'masked like a citizen id (a sole trader’s tax id is their citizen id): first and last digit only',
  })
  maskedTaxId?: string;
  @ApiPropertyOptional({
    description: 'whole (personal data for a sole trader): only to the partner itself, managers and admins',
  })
  taxId?: string;
  @ApiProperty() registeredOn!: string;
  @ApiProperty({ type: [PartnerStageChangeDto] }) stageChanges!: PartnerStageChangeDto[];
  @ApiProperty() revision!: number;
}

export class GetPartnerQuery extends Query<PartnerDto> {
  constructor(
    readonly partnerId: string,
    readonly viewer: Pick<Principal, 'role' | 'partnerId'>,
  ) {
    super();
  }
}

/**
 * Who sees a partner's tax id whole: the partner itself, a manager, an admin. A sole trader's tax id is their
 * citizen id (personal data under the PDPA), so everyone else sees it masked as a citizen id is.
 */
export function seesTaxId(viewer: Pick<Principal, 'role' | 'partnerId'>, partnerId: string): boolean {
  return (
    viewer.role === 'admin' ||
    viewer.role === 'manager' ||
    (viewer.role === 'partner' && viewer.partnerId === partnerId)
  );
}

@QueryHandler(GetPartnerQuery)
export class GetPartnerHandler implements IQueryHandler<GetPartnerQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ partnerId, viewer }: GetPartnerQuery): Promise<PartnerDto> {
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
      ...(r.taxId !== undefined ? { maskedTaxId: maskCitizenId(r.taxId) } : {}),
      ...(r.taxId !== undefined && seesTaxId(viewer, r.partnerId) ? { taxId: r.taxId } : {}),
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
  get(@Param('partnerId') partnerId: string, @SignedIn() viewer: Principal): Promise<PartnerDto> {
    return this.queries.execute(new GetPartnerQuery(partnerId, viewer));
  }
}
