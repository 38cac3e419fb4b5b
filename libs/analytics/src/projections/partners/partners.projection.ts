import type { RecordedEvent } from '@khai/event-sourcing';
import type { DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';
import type { PartnerEvent, PartnerRegistered, PartnerStageChanged } from '@khai/registry';

export const PARTNERS = 'partners';

export type PartnerDoc = {
  partnerId: string;
  name: string;
  kind: string;
  /** Buyers only: how the buyer takes our eggs to market. */
  channel: string | null;
  stage: string;
  province: string | null;
  registeredOn: string;
};

/** The cluster map's partners (buyers with their channel, suppliers, the support ring), one document each. */
export const partnersProjection: DocumentProjection = {
  name: 'partners',
  collections: [PARTNERS],
  handles: new Set(['PartnerRegistered', 'PartnerStageChanged']),

  keys: (event: RecordedEvent): readonly DocumentKey[] => [
    { collection: PARTNERS, id: (event as RecordedEvent<PartnerEvent>).data.partnerId },
  ],

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    if (event.type === 'PartnerRegistered') {
      const p = (event as RecordedEvent<PartnerRegistered>).data;
      tx.put(PARTNERS, p.partnerId, {
        partnerId: p.partnerId,
        name: p.name,
        kind: p.kind,
        channel: p.channel ?? null,
        stage: p.stage,
        province: p.province ?? null,
        registeredOn: p.registeredOn,
      });
      return;
    }
    const { partnerId, stage } = (event as RecordedEvent<PartnerStageChanged>).data;
    const current = await tx.get<PartnerDoc>(PARTNERS, partnerId);
    if (!current) return;
    const { _id, _position, ...doc } = current;
    tx.put(PARTNERS, partnerId, { ...doc, stage });
  },
};
