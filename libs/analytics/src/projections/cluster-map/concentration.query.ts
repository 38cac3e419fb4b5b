import { ApiProblems, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import {
  type Concentration,
  concentration,
  type ConcentrationBand,
  contractShare,
  type PartyVolume,
} from '../../metrics/concentration';
import { PCT_RULE, pctOf, roundPct } from '../../metrics/rounding';
import { readPosition } from '../../read-side/position';
import { type PartnerDoc, PARTNERS, partnersProjection } from '../partners/partners.projection';
import { clusterFlowsProjection } from './cluster-flows.projection';
import { checkPeriod, ClusterPeriodParams } from './cluster-params';
import { contractsOf, feedFlows, soldFlows, supplierOf } from './read-flows';

const BANDS: readonly ConcentrationBand[] = ['UNCONCENTRATED', 'MODERATELY_CONCENTRATED', 'HIGHLY_CONCENTRATED'];

class ConcentrationPartyDto {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String, description: 'as registered; null if the registry does not know it' })
  name!: string | null;
}

export class VolumeShareDto extends ConcentrationPartyDto {
  @ApiProperty({ description: 'eggs or kg, as volumeUnit says' }) volume!: number;
  @ApiProperty({ description: `the party's volume / total × 100; ${PCT_RULE}` }) sharePct!: number;
}

export class ValueShareDto extends ConcentrationPartyDto {
  @ApiProperty({ description: 'satang paid (buyers) or charged (suppliers)' }) valueSatang!: number;
  @ApiProperty({ description: `the party's valueSatang / totalSatang × 100; ${PCT_RULE}` }) sharePct!: number;
}

export class ConcentrationFiguresDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Herfindahl-Hirschman index: Σ (share %)² over every party, of the exact shares (0 – 10,000); ' +
      'rounded half away from zero to two decimals',
  })
  hhi!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `the largest party's share of the total × 100; ${PCT_RULE}`,
  })
  cr1Pct!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `the four largest parties' share of the total × 100; ${PCT_RULE}`,
  })
  cr4Pct!: number | null;
  @ApiProperty({ nullable: true, enum: BANDS, description: '< 1,500, 1,500 – 2,500, > 2,500 (decided exactly)' })
  band!: ConcentrationBand | null;
}

export class VolumeConcentrationDto extends ConcentrationFiguresDto {
  @ApiProperty({ description: 'eggs or kg, as volumeUnit says' }) total!: number;
  @ApiProperty({ type: [VolumeShareDto], description: 'largest first' }) shares!: VolumeShareDto[];
}

export class ValueConcentrationDto extends ConcentrationFiguresDto {
  @ApiProperty() totalSatang!: number;
  @ApiProperty({ type: [ValueShareDto], description: 'largest first' }) shares!: ValueShareDto[];
}

export class PartyConcentrationDto {
  @ApiProperty({ enum: ['eggs', 'kg'] }) volumeUnit!: 'eggs' | 'kg';
  @ApiProperty({ type: VolumeConcentrationDto }) byVolume!: VolumeConcentrationDto;
  @ApiProperty({ type: ValueConcentrationDto, description: 'by satang paid (buyers) or charged (suppliers)' })
  byValue!: ValueConcentrationDto;
}

export class ContractShareDto {
  @ApiProperty({ description: 'eggs sold on orders priced under an agreed negotiation' }) contractEggs!: number;
  @ApiProperty() totalEggs!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `eggs sold under an agreed contract / eggs sold × 100 (contractEggs / totalEggs × 100); ${PCT_RULE}`,
  })
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
    const byVolume = (volumes: readonly PartyVolume[]) => byVolumeOf(volumes, nameOf);
    const byValue = (volumes: readonly PartyVolume[]) => byValueOf(volumes, nameOf);
    const suppliers = feed.map((f) => ({ id: supplierOf(contracts, f.contractId), kg: f.kg, value: f.amountSatang }));
    const share = contractShare(sold.map((s) => ({ eggs: s.eggs, underContract: s.underContract })));
    return {
      from: params.from,
      to: params.to,
      position,
      buyers: {
        volumeUnit: 'eggs',
        byVolume: byVolume(sold.map((s) => ({ id: s.buyerId, volume: s.eggs }))),
        byValue: byValue(sold.map((s) => ({ id: s.buyerId, volume: s.amountSatang }))),
      },
      feedSuppliers: {
        volumeUnit: 'kg',
        byVolume: byVolume(suppliers.map((s) => ({ id: s.id, volume: s.kg }))),
        byValue: byValue(suppliers.map((s) => ({ id: s.id, volume: s.value }))),
      },
      contractShare: {
        contractEggs: share.contractEggs,
        totalEggs: share.totalEggs,
        contractSharePct: pctOf(share.contractEggs, share.totalEggs),
      },
    };
  }
}

/** Concentration of eggs or kg, rounded once from the exact figures. */
function byVolumeOf(volumes: readonly PartyVolume[], nameOf: ReadonlyMap<string, string>): VolumeConcentrationDto {
  const c = concentration(netted(volumes));
  return {
    total: c.total,
    ...roundedFigures(c),
    shares: c.shares.map((s) => ({
      id: s.id,
      name: nameOf.get(s.id) ?? null,
      volume: s.volume,
      sharePct: pctOf(s.volume, c.total) as number,
    })),
  };
}

/** Concentration of satang, rounded once from the exact figures. */
function byValueOf(volumes: readonly PartyVolume[], nameOf: ReadonlyMap<string, string>): ValueConcentrationDto {
  const c = concentration(netted(volumes));
  return {
    totalSatang: c.total,
    ...roundedFigures(c),
    shares: c.shares.map((s) => ({
      id: s.id,
      name: nameOf.get(s.id) ?? null,
      valueSatang: s.volume,
      sharePct: pctOf(s.volume, c.total) as number,
    })),
  };
}

export function roundedFigures(c: Concentration): ConcentrationFiguresDto {
  return { hhi: roundPct(c.hhi), cr1Pct: roundPct(c.cr1), cr4Pct: roundPct(c.cr4), band: c.band };
}

/**
 * One entry per party with its volume, parties with none left out (feed
 * adjusted down to nothing). Never below zero in a log the contexts wrote; the
 * metric refuses a negative entry, so a read model behind on a delivery still answers.
 */
export function netted(volumes: readonly PartyVolume[]): PartyVolume[] {
  const byId = new Map<string, number>();
  for (const { id, volume } of volumes) byId.set(id, (byId.get(id) ?? 0) + volume);
  return [...byId.entries()].filter(([, volume]) => volume > 0).map(([id, volume]) => ({ id, volume }));
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/concentration')
export class ConcentrationController {
  constructor(private readonly queries: QueryBus) {}

  /** Buyer and feed-supplier concentration (shares, HHI, CR1, CR4, band) and the contract share of sales. */
  @Get()
  @Roles('manager', 'agency')
  @ApiOkResponse({ type: ConcentrationDto })
  get(@QueryParams() params: ClusterPeriodParams): Promise<ConcentrationDto> {
    return this.queries.execute(new GetConcentrationQuery(params));
  }
}
