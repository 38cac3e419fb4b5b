import type { RecordedEvent } from '@khai/event-sourcing';
import type { DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';
import type { FarmRegistered, MemberEvent, MemberJoined } from '@khai/registry';

export const CLUSTER_MEMBERS = 'cm_members';

export type MemberFarm = { farmId: string; name: string; district: string; province: string; registeredOn: string };

export type ClusterMemberDoc = {
  memberId: string;
  /**
   * Null until the member's MemberJoined is applied; sealed as in the log (personal data), opened only by the
   * cluster map's answer, so no read model or snapshot holds it in the clear.
   */
  name: string | null;
  joinedOn: string | null;
  /** In the order they were registered: the first places the member on the map. */
  farms: MemberFarm[];
};

/**
 * The cluster map's members, one document each with the farms that place it by
 * district and province (the log names no branch). No citizen id: the map is
 * read by managers and partners, and the id is personal data.
 */
export const clusterMembersProjection: DocumentProjection = {
  name: 'cluster-members',
  collections: [CLUSTER_MEMBERS],
  handles: new Set(['MemberJoined', 'FarmRegistered']),

  keys: (event: RecordedEvent): readonly DocumentKey[] => [
    { collection: CLUSTER_MEMBERS, id: (event as RecordedEvent<MemberEvent>).data.memberId },
  ],

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    const { memberId } = (event as RecordedEvent<MemberEvent>).data;
    const current = await tx.get<ClusterMemberDoc>(CLUSTER_MEMBERS, memberId);
    const doc: ClusterMemberDoc = {
      memberId,
      name: current?.name ?? null,
      joinedOn: current?.joinedOn ?? null,
      farms: (current?.farms ?? []).map((f) => ({ ...f })),
    };
    if (event.type === 'MemberJoined') {
      const { name, joinedOn } = (event as RecordedEvent<MemberJoined>).data;
      tx.put(CLUSTER_MEMBERS, memberId, { ...doc, name, joinedOn });
      return;
    }
    const { farmId, name, district, province, registeredOn } = (event as RecordedEvent<FarmRegistered>).data;
    if (doc.farms.some((f) => f.farmId === farmId)) return;
    tx.put(CLUSTER_MEMBERS, memberId, {
      ...doc,
      farms: [...doc.farms, { farmId, name, district, province, registeredOn }],
    });
  },
};
