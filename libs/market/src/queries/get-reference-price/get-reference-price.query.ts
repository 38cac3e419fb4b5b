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

import { referencePrice, referencePriceId } from '../../domain/reference-price.decider';

export class ReferencePriceDto {
  @ApiProperty() referencePriceId!: string;
  @ApiProperty() source!: string;
  @ApiProperty() effectiveDate!: string;
  @ApiProperty() mixedSatangPerEgg!: number;
  @ApiProperty({ type: [SizePriceDto] }) sizes!: SizePriceDto[];
  @ApiProperty() revision!: number;
}

export class GetReferencePriceQuery extends Query<ReferencePriceDto> {
  constructor(
    readonly source: string,
    readonly effectiveDate: string,
  ) {
    super();
  }
}

@QueryHandler(GetReferencePriceQuery)
export class GetReferencePriceHandler implements IQueryHandler<GetReferencePriceQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ source, effectiveDate }: GetReferencePriceQuery): Promise<ReferencePriceDto> {
    const id = referencePriceId(source, effectiveDate);
    const { state, revision } = await readState(this.store, referencePrice.stream(id), referencePrice.decider);
    if (state.status === 'none') throw new NotFound(`no reference price from ${source} effective ${effectiveDate}`);
    const a = state.announcement;
    return { ...a, sizes: a.sizes.map((s) => ({ ...s })), revision };
  }
}

@ApiTags('market')
@ApiProblems(QUERY_PROBLEMS)
@Controller('reference-prices')
export class GetReferencePriceController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':source/:effectiveDate')
  @Roles('manager', 'staff', 'agency', 'member', 'partner')
  @ApiOkResponse({ type: ReferencePriceDto })
  get(@Param('source') source: string, @Param('effectiveDate') effectiveDate: string): Promise<ReferencePriceDto> {
    return this.queries.execute(new GetReferencePriceQuery(source, effectiveDate));
  }
}
