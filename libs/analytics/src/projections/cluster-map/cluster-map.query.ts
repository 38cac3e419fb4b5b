import { ApiProblems, PERSONAL_DATA_VAULT, type PersonalDataVault, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { CHAIN_STAGES, type ChainStage } from '@khai/registry';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { monthOf } from '../../read-side/dates';
import { readPosition } from '../../read-side/position';
import { type PartnerDoc, PARTNERS, partnersProjection } from '../partners/partners.projection';
import { clusterFlowsProjection } from './cluster-flows.projection';
import { CLUSTER_MEMBERS, type ClusterMemberDoc, clusterMembersProjection } from './cluster-members.projection';
import { checkPeriod, ClusterPeriodParams } from './cluster-params';
import { contractsOf, eggFlows, feedFlows, soldFlows, supplierOf } from './read-flows';

export const COOPERATIVE_NODE = 'cooperative';
export const memberNode = (memberId: string): string => `member:${memberId}`;
export const partnerNode = (partnerId: string): string => `partner:${partnerId}`;

/** The cooperative at the core of the map: the platform serves this one cooperative. */
const COOPERATIVE_NAME = 'สหกรณ์ผู้เลี้ยงไก่ไข่เชียงใหม่-ลำพูน จำกัด';

export class ClusterNodeDto {
  @ApiProperty({ example: 'member:M-001', description: 'cooperative, member:<memberId> or partner:<partnerId>' })
  id!: string;
  @ApiProperty({ example: 'MEMBER', description: 'COOPERATIVE, MEMBER or the partner kind' }) kind!: string;
  @ApiProperty({ enum: CHAIN_STAGES }) stage!: ChainStage;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ description: 'buyers: how they take our eggs to market' }) channel?: string;
  @ApiPropertyOptional({ description: 'members: district of their first farm' }) district?: string;
  @ApiPropertyOptional() province?: string;
  @ApiProperty({ description: 'false for a party that flows name but the registry does not (yet) know' })
  registered!: boolean;
}

export class LinkFiguresDto {
  @ApiPropertyOptional({ description: 'eggs collected from a member and graded into size classes; eggs sold' })
  eggs?: number;
  @ApiPropertyOptional({ description: 'eggs of a member rejected at grading' }) rejectedEggs?: number;
  @ApiPropertyOptional({ description: 'feed delivered, after adjustments' }) kg?: number;
  @ApiPropertyOptional({ description: 'feed charged at the contract price; eggs sold at the price paid' })
  valueSatang?: number;
}

export class LinkMonthDto extends LinkFiguresDto {
  @ApiProperty({ example: '2024-02' }) month!: string;
}

export class ClusterLinkDto extends LinkFiguresDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ enum: CHAIN_STAGES }) stage!: ChainStage;
  @ApiProperty({ type: [LinkMonthDto], description: 'the same figures per month of the range' })
  months!: LinkMonthDto[];
}

export class StageGroupDto {
  @ApiProperty({ enum: CHAIN_STAGES }) stage!: ChainStage;
  @ApiProperty({ type: [String] }) nodeIds!: string[];
}

export class ClusterMapDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty({ type: [ClusterNodeDto] }) nodes!: ClusterNodeDto[];
  @ApiProperty({ type: [ClusterLinkDto] }) links!: ClusterLinkDto[];
  @ApiProperty({ type: [StageGroupDto], description: 'node ids upstream, midstream, downstream and in support' })
  stages!: StageGroupDto[];
}

export class GetClusterMapQuery extends Query<ClusterMapDto> {
  constructor(readonly params: ClusterPeriodParams) {
    super();
  }
}

type Figures = { eggs?: number; rejectedEggs?: number; kg?: number; valueSatang?: number };

/** Sums figures per link and per month of each link. */
class LinkSums {
  private readonly links = new Map<
    string,
    { from: string; to: string; stage: ChainStage; months: Map<string, Figures> }
  >();

  add(from: string, to: string, stage: ChainStage, day: string, figures: Figures): void {
    const key = `${from}>${to}`;
    const link = this.links.get(key) ?? { from, to, stage, months: new Map<string, Figures>() };
    this.links.set(key, link);
    const month = monthOf(day);
    link.months.set(month, addFigures(link.months.get(month) ?? {}, figures));
  }

  endpoints(): string[] {
    return [...this.links.values()].flatMap((l) => [l.from, l.to]);
  }

  toDtos(): ClusterLinkDto[] {
    return [...this.links.values()]
      .map(({ from, to, stage, months }) => {
        const sorted = [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
        return {
          from,
          to,
          stage,
          ...sorted.reduce<Figures>((sum, [, f]) => addFigures(sum, f), {}),
          months: sorted.map(([month, f]) => ({ month, ...f })),
        };
      })
      .sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage) || compare(a.from, b.from) || compare(a.to, b.to));
  }
}

function addFigures(a: Figures, b: Figures): Figures {
  const sum: Figures = { ...a };
  for (const key of ['eggs', 'rejectedEggs', 'kg', 'valueSatang'] as const) {
    const v = b[key];
    if (v !== undefined) sum[key] = (sum[key] ?? 0) + v;
  }
  return sum;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const stageOrder = (stage: ChainStage): number => CHAIN_STAGES.indexOf(stage);

/**
 * The cluster map over a range of days: the cooperative at the core, its
 * members (placed by their first farm's district and province) and its
 * partners by kind, channel and chain stage (their stage now), with what flowed
 * along each link in the range, in total and per month:
 * feed supplier → cooperative and cooperative → member (feed kg and the satang
 * charged at the contract price), member → cooperative (eggs by day of
 * collection, as graded), cooperative → buyer (eggs sold and their value).
 * Members and partners registered after the range are left off, unless
 * something flowed along their link in it.
 */
@QueryHandler(GetClusterMapQuery)
export class GetClusterMapHandler implements IQueryHandler<GetClusterMapQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVault,
  ) {}

  async execute({ params }: GetClusterMapQuery): Promise<ClusterMapDto> {
    await checkPeriod(params, this.runner);
    const { from, to } = params;
    const position = await readPosition(this.store, [
      clusterFlowsProjection,
      clusterMembersProjection,
      partnersProjection,
    ]);
    const [feed, eggs, sold, members, partners] = await Promise.all([
      feedFlows(this.store, params),
      eggFlows(this.store, params),
      soldFlows(this.store, params),
      this.store.find<ClusterMemberDoc>(CLUSTER_MEMBERS),
      this.store.find<PartnerDoc>(PARTNERS),
    ]);
    const contracts = await contractsOf(this.store, feed);

    const links = new LinkSums();
    // Where a party the registry does not know sits: where its flow does.
    const placeholders = new Map<string, Pick<ClusterNodeDto, 'kind' | 'stage'>>();
    for (const f of feed) {
      const value = { kg: f.kg, valueSatang: f.amountSatang };
      const supplier = partnerNode(supplierOf(contracts, f.contractId));
      placeholders.set(supplier, { kind: 'FEED_SUPPLIER', stage: 'UPSTREAM' });
      links.add(supplier, COOPERATIVE_NODE, 'UPSTREAM', f.day, value);
      links.add(COOPERATIVE_NODE, memberNode(f.memberId), 'UPSTREAM', f.day, value);
    }
    for (const e of eggs) {
      if (e.gradedEggs === 0 && e.rejectedEggs === 0) continue;
      const figures = { eggs: e.gradedEggs, rejectedEggs: e.rejectedEggs };
      links.add(memberNode(e.memberId), COOPERATIVE_NODE, 'MIDSTREAM', e.day, figures);
    }
    for (const s of sold) {
      const figures = { eggs: s.eggs, valueSatang: s.amountSatang };
      placeholders.set(partnerNode(s.buyerId), { kind: 'BUYER', stage: 'DOWNSTREAM' });
      links.add(COOPERATIVE_NODE, partnerNode(s.buyerId), 'DOWNSTREAM', s.day, figures);
    }

    const known = new Map<string, ClusterNodeDto>([
      [
        COOPERATIVE_NODE,
        { id: COOPERATIVE_NODE, kind: 'COOPERATIVE', stage: 'MIDSTREAM', name: COOPERATIVE_NAME, registered: true },
      ],
    ]);
    for (const m of members) known.set(memberNode(m.memberId), memberNodeOf(m, this.vault));
    for (const p of partners) known.set(partnerNode(p.partnerId), partnerNodeOf(p));
    const onMap = new Set<string>([COOPERATIVE_NODE, ...links.endpoints()]);
    for (const m of members) if (m.joinedOn === null || m.joinedOn <= to) onMap.add(memberNode(m.memberId));
    for (const p of partners) if (p.registeredOn <= to) onMap.add(partnerNode(p.partnerId));

    const nodes = [...onMap].map((id) => known.get(id) ?? unregistered(id, placeholders.get(id))).sort(compareNodes);
    return {
      from,
      to,
      position,
      nodes,
      links: links.toDtos(),
      stages: CHAIN_STAGES.map((stage) => ({
        stage,
        nodeIds: nodes.filter((n) => n.stage === stage).map((n) => n.id),
      })),
    };
  }
}

/** The member's name is kept sealed in the read model and opened here, for the managers who may see it. */
function memberNodeOf(m: ClusterMemberDoc, vault: PersonalDataVault): ClusterNodeDto {
  const farm = m.farms[0];
  return {
    id: memberNode(m.memberId),
    kind: 'MEMBER',
    stage: 'UPSTREAM',
    name: m.name === null ? m.memberId : vault.open(m.memberId, m.name),
    ...(farm ? { district: farm.district, province: farm.province } : {}),
    registered: m.name !== null,
  };
}

function partnerNodeOf(p: PartnerDoc): ClusterNodeDto {
  return {
    id: partnerNode(p.partnerId),
    kind: p.kind,
    stage: p.stage as ChainStage,
    name: p.name,
    ...(p.channel === null ? {} : { channel: p.channel }),
    ...(p.province === null ? {} : { province: p.province }),
    registered: true,
  };
}

/** A party named by a flow only (its registration not in the log yet): named by its id. */
function unregistered(id: string, placed: Pick<ClusterNodeDto, 'kind' | 'stage'> | undefined): ClusterNodeDto {
  const { kind, stage } = placed ?? { kind: 'MEMBER', stage: 'UPSTREAM' };
  return { id, kind, stage, name: id.slice(id.indexOf(':') + 1), registered: false };
}

/** The cooperative first, then by stage, kind and id. */
function compareNodes(a: ClusterNodeDto, b: ClusterNodeDto): number {
  if (a.id === COOPERATIVE_NODE || b.id === COOPERATIVE_NODE) return a.id === COOPERATIVE_NODE ? -1 : 1;
  return stageOrder(a.stage) - stageOrder(b.stage) || compare(a.kind, b.kind) || compare(a.id, b.id);
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/cluster-map')
export class ClusterMapController {
  constructor(private readonly queries: QueryBus) {}

  /** Members and partners by chain stage, with the volume and value that flowed along each link. */
  @Get()
  @Roles('manager')
  @ApiOkResponse({ type: ClusterMapDto })
  get(@QueryParams() params: ClusterPeriodParams): Promise<ClusterMapDto> {
    return this.queries.execute(new GetClusterMapQuery(params));
  }
}
