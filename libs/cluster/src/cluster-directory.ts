import { InvariantViolated, type UseCaseEnvironment } from '@khai/event-sourcing';

/**
 * What every context may ask of the cluster's registry (members, their farms and
 * flocks, partners), to check the references a command makes. The registry
 * context implements it over its own streams; the other contexts see only these
 * facts, never the registry's aggregates.
 */
export interface ClusterDirectory {
  member(memberId: string): Promise<MemberFacts | undefined>;
  flock(flockId: string): Promise<FlockFacts | undefined>;
  partner(partnerId: string): Promise<PartnerFacts | undefined>;
}

export const CLUSTER_DIRECTORY = Symbol('ClusterDirectory');

export interface MemberFacts {
  readonly memberId: string;
  readonly joinedOn: string;
  readonly farmIds: readonly string[];
}

export interface FlockFacts {
  readonly flockId: string;
  readonly memberId: string;
  readonly farmId: string;
  readonly placedOn: string;
  readonly hensPlaced: number;
  /** Hens placed less deaths and culls recorded so far. */
  readonly hensAlive: number;
}

export interface PartnerFacts {
  readonly partnerId: string;
  /** `BUYER`, `FEED_SUPPLIER`, … (the registry's partner kinds). */
  readonly kind: string;
}

const directory = (env: UseCaseEnvironment) => env.port<ClusterDirectory>(CLUSTER_DIRECTORY);

/** The member is registered: 422 `member_not_registered` otherwise. */
export async function registeredMember(env: UseCaseEnvironment, memberId: string): Promise<MemberFacts> {
  const member = await directory(env).member(memberId);
  if (!member)
    throw new InvariantViolated('member_not_registered', `no member ${memberId} is registered`, { memberId });
  return member;
}

/** The farm is registered to that member: 422 `farm_not_registered` otherwise. */
export async function memberFarm(env: UseCaseEnvironment, memberId: string, farmId: string): Promise<MemberFacts> {
  const member = await registeredMember(env, memberId);
  if (!member.farmIds.includes(farmId)) {
    throw new InvariantViolated('farm_not_registered', `member ${memberId} has no farm ${farmId}`, {
      memberId,
      farmId,
    });
  }
  return member;
}

/** The flock is placed on that member's farm: 422 `flock_not_placed` otherwise. */
export async function memberFlock(
  env: UseCaseEnvironment,
  ref: { readonly memberId: string; readonly farmId: string; readonly flockId: string },
): Promise<FlockFacts> {
  await memberFarm(env, ref.memberId, ref.farmId);
  const flock = await directory(env).flock(ref.flockId);
  if (!flock || flock.memberId !== ref.memberId || flock.farmId !== ref.farmId) {
    throw new InvariantViolated(
      'flock_not_placed',
      `no flock ${ref.flockId} is placed on farm ${ref.farmId} of member ${ref.memberId}`,
      { ...ref },
    );
  }
  return flock;
}

/** The partner is registered as this kind (a buyer, a feed supplier): 422 `<kind>_not_registered` otherwise. */
export async function partnerOfKind(env: UseCaseEnvironment, partnerId: string, kind: string): Promise<PartnerFacts> {
  const partner = await directory(env).partner(partnerId);
  const what = kind.toLowerCase();
  if (!partner) {
    throw new InvariantViolated(`${what}_not_registered`, `no partner ${partnerId} is registered`, { partnerId, kind });
  }
  if (partner.kind !== kind) {
    throw new InvariantViolated(
      `${what}_not_registered`,
      `partner ${partnerId} is registered as ${partner.kind}, not ${kind}`,
      { partnerId, kind, registeredAs: partner.kind },
    );
  }
  return partner;
}
