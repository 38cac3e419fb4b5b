import type { ClusterDirectory, FlockFacts, MemberFacts, PartnerFacts } from '@khai/cluster';
import { EVENT_STORE, type EventStore, readState } from '@khai/event-sourcing';
import { Inject, Injectable } from '@nestjs/common';

import { flock } from '../domain/flock.decider';
import { member } from '../domain/member.decider';
import { partner } from '../domain/partner.decider';

/**
 * The cluster directory over the registry's own streams, read (through the
 * aggregate cache) when a command of another context asks: the answer is the
 * stream as it is at that moment. Registrations are never removed, so a
 * reference found stays valid; only a flock's hens alive can fall between the
 * check and the other context's append (a death or cull recorded meanwhile).
 */
@Injectable()
export class RegistryDirectory implements ClusterDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async member(memberId: string): Promise<MemberFacts | undefined> {
    const { state } = await readState(this.store, member.stream(memberId), member.decider);
    if (state.status === 'none') return undefined;
    return { memberId, joinedOn: state.member.joinedOn, farmIds: state.farms.map((f) => f.farmId) };
  }

  async flock(flockId: string): Promise<FlockFacts | undefined> {
    const { state } = await readState(this.store, flock.stream(flockId), flock.decider);
    if (state.status === 'none') return undefined;
    const { memberId, farmId, placedOn } = state.placement;
    return { flockId, memberId, farmId, placedOn, hensPlaced: state.hensPlaced, hensAlive: state.hensAlive };
  }

  async partner(partnerId: string): Promise<PartnerFacts | undefined> {
    const { state } = await readState(this.store, partner.stream(partnerId), partner.decider);
    return state.status === 'none' ? undefined : { partnerId, kind: state.registration.kind };
  }
}
