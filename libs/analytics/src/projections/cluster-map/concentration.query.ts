import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { concentration, type ConcentrationBand, contractShare, type PartyVolume } from '../../metrics/concentration';
import { pct2 } from '../../read-side/dates';
import { readPosition } from '../../read-side/position';
import { type PartnerDoc, PARTNERS, partnersProjection } from '../partners/partners.projection';
import { clusterFlowsProjection } from './cluster-flows.projection';
import { checkPeriod, ClusterPeriodParams, round2 } from './cluster-params';
import { contractsOf, feedFlows, soldFlows, supplierOf } from './read-flows';

const BANDS: readonly ConcentrationBand[] = ['UNCONCENTRATED', 'MODERATELY_CONCENTRATED', 'HIGHLY_CONCENTRATED'];

export class PartyShareDto {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String, description: 'as registered; null if the registry does not know it' })
  name!: string | null;
  @ApiProperty() volume!: number;
  @ApiProperty({ description: 'volume / total × 100, two decimals' }) sharePct!: number;
}

export class ConcentrationFiguresDto {
  @ApiProperty() total!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Σ share%², 0 – 10,000, two decimals' })
  hhi!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'share of the largest, %' }) cr1Pct!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'share of the four largest, %' }) cr4Pct!: number | null;
  @ApiProperty({ nullable: true, enum: BANDS, description: '< 1,500, 1,500 – 2,500, > 2,500 (decided exactly)' })
  band!: ConcentrationBand | null;
  @ApiProperty({ type: [PartyShareDto], description: 'largest first' }) shares!: PartyShareDto[];
}

export class PartyConcentrationDto {
  @ApiProperty({ enum: ['eggs', 'kg'] }) volumeUnit!: 'eggs' | 'kg';
  @ApiProperty({ type: ConcentrationFiguresDto }) byVolume!: ConcentrationFiguresDto;
  @ApiProperty({ type: ConcentrationFiguresDto, description: 'by satang paid (buyers) or charged (suppliers)' })
  byValue!: ConcentrationFiguresDto;
}

export class ContractShareDto {
  @ApiProperty({ description: 'eggs sold on orders priced under an agreed negotiation' }) contractEggs!: number;
  @ApiProperty() totalEggs!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'contract eggs / eggs sold × 100, two decimals' })
  contractSharePct!: number | null;
}

export class ConcentrationDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty({ type: PartyConcentrationDto }) buyers!: PartyConcentrationDto;
  @ApiProperty({ type: PartyConcentrationDto }) feedSuppliers!: PartyConcentrationDto;
  @ApiProperty({ type: ContractShareDto }) contractShare!: ContractShareDto;
}

export class GetConcentrationQuery extends Query<ConcentrationDto> {
  constructor(readonly params: ClusterPeriodParams) {
    super();
  }
}

/**
 * How dependent the cooperative is on its largest buyers and feed suppliers over
 * a range of days: shares, HHI, CR1, CR4 and band by volume (eggs sold, feed kg
 * delivered after adjustments) and by value; and the share of eggs sold under
 * agreed contracts (an order's price basis, as the negotiated-prices read model
 * reads it).
 */
@QueryHandler(GetConcentrationQuery)
export class GetConcentrationHandler implements IQueryHandler<GetConcentrationQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
  ) {}

  async execute({ params }: GetConcentrationQuery): Promise<ConcentrationDto> {
    await checkPeriod(params, this.runner);
    const position = await readPosition(this.store, [clusterFlowsProjection, partnersProjection]);
    const [feed, sold, partners] = await Promise.all([
      feedFlows(this.store, params),
      soldFlows(this.store, params),
      this.store.find<PartnerDoc>(PARTNERS),
    ]);
    const contracts = await contractsOf(this.store, feed);
    const nameOf = new Map(partners.map((p) => [p.partnerId, p.name]));
    const figures = (volumes: readonly PartyVolume[]) => figuresOf(volumes, nameOf);
    const suppliers = feed.map((f) => ({ id: supplierOf(contracts, f.contractId), kg: f.kg, value: f.amountSatang }));
    const share = contractShare(sold.map((s) => ({ eggs: s.eggs, underContract: s.underContract })));
    return {
      from: params.from,
      to: params.to,
      position,
      buyers: {
        volumeUnit: 'eggs',
        byVolume: figures(sold.map((s) => ({ id: s.buyerId, volume: s.eggs }))),
        byValue: figures(sold.map((s) => ({ id: s.buyerId, volume: s.amountSatang }))),
      },
      feedSuppliers: {
        volumeUnit: 'kg',
        byVolume: figures(suppliers.map((s) => ({ id: s.id, volume: s.kg }))),
        byValue: figures(suppliers.map((s) => ({ id: s.id, volume: s.value }))),
      },
      contractShare: {
        contractEggs: share.contractEggs,
        totalEggs: share.totalEggs,
        contractSharePct: pct2(share.share),
      },
    };
  }
}

function figuresOf(volumes: readonly PartyVolume[], nameOf: ReadonlyMap<string, string>): ConcentrationFiguresDto {
  const c = concentration(netted(volumes));
  return {
    total: c.total,
    hhi: round2(c.hhi),
    cr1Pct: round2(c.cr1),
    cr4Pct: round2(c.cr4),
    band: c.band,
    shares: c.shares.map((s) => ({
      id: s.id,
      name: nameOf.get(s.id) ?? null,
      volume: s.volume,
      sharePct: round2(s.sharePct) as number,
    })),
  };
}

/**
 * One entry per party with its volume, parties with none left out (feed
 * adjusted down to nothing). Never below zero in a log the contexts wrote; the
 * metric refuses a negative entry, so a read model behind on a delivery still answers.
 */
function netted(volumes: readonly PartyVolume[]): PartyVolume[] {
  const byId = new Map<string, number>();
  for (const { id, volume } of volumes) byId.set(id, (byId.get(id) ?? 0) + volume);
  return [...byId.entries()].filter(([, volume]) => volume > 0).map(([id, volume]) => ({ id, volume }));
}

@ApiTags('analytics')
@Controller('analytics/concentration')
export class ConcentrationController {
  constructor(private readonly queries: QueryBus) {}

  /** Buyer and feed-supplier concentration (shares, HHI, CR1, CR4, band) and the contract share of sales. */
  @Get()
  @ApiOkResponse({ type: ConcentrationDto })
  get(@QueryParams() params: ClusterPeriodParams): Promise<ConcentrationDto> {
    return this.queries.execute(new GetConcentrationQuery(params));
  }
}
