import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  NotFound,
  QUERY_PROBLEMS,
  readState,
  Roles,
  SizePriceDto,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { memberPriceSchedule, PRICE_SCHEDULE_ID } from '../../domain/member-price-list.decider';

export class MemberPriceListDto {
  @ApiProperty() priceListId!: string;
  @ApiProperty() effectiveFrom!: string;
  @ApiProperty({ type: [SizePriceDto] }) prices!: SizePriceDto[];
  @ApiProperty() setOn!: string;
  @ApiProperty({ description: 'revision of the schedule of all member price lists when read' }) revision!: number;
}

export class GetMemberPriceListQuery extends Query<MemberPriceListDto> {
  constructor(readonly priceListId: string) {
    super();
  }
}

@QueryHandler(GetMemberPriceListQuery)
export class GetMemberPriceListHandler implements IQueryHandler<GetMemberPriceListQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ priceListId }: GetMemberPriceListQuery): Promise<MemberPriceListDto> {
    const stream = memberPriceSchedule.stream(PRICE_SCHEDULE_ID);
    const { state, revision } = await readState(this.store, stream, memberPriceSchedule.decider);
    const p = state.lists.find((l) => l.priceListId === priceListId);
    if (!p) throw new NotFound(`no price list ${priceListId}`, { priceListId }, 'price_list_not_found');
    return {
      priceListId: p.priceListId,
      effectiveFrom: p.effectiveFrom,
      prices: p.prices.map((x) => ({ size: x.size, satangPerEgg: x.satangPerEgg })),
      setOn: p.setOn,
      revision,
    };
  }
}

@ApiTags('settlement')
@ApiProblems(QUERY_PROBLEMS)
@Controller('member-price-lists')
export class GetMemberPriceListController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':priceListId')
  @Roles('manager', 'staff', 'member')
  @ApiOkResponse({ type: MemberPriceListDto })
  get(@Param('priceListId') priceListId: string): Promise<MemberPriceListDto> {
    return this.queries.execute(new GetMemberPriceListQuery(priceListId));
  }
}
