import type { RecordedEvent } from '@khai/event-sourcing';
import type { DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';
import type { PriceNegotiationEvent } from '@khai/sales';

export const NEGOTIATIONS = 'negotiations';

type Prices = { size: number; satangPerEgg: number }[];

export type NegotiationDoc = {
  negotiationId: string;
  buyerId: string;
  openedOn: string;
  asking: Prices;
  floorSatangPerEgg: number | null;
  ceilingSatangPerEgg: number | null;
  /** The buyer's offer of round 1; null until it comes. */
  firstOffer: Prices | null;
  /** Offers and counter-offers so far (the closing event's count once closed). */
  rounds: number;
  outcome: 'OPEN' | 'AGREED' | 'FAILED';
  agreed: Prices | null;
  closedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
};

const prices = (list: readonly { size: number; satangPerEgg: number }[]): Prices =>
  list.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg }));

/** Each price negotiation with a buyer: the ask, the buyer's first offer, the rounds and the outcome. */
export const negotiationsProjection: DocumentProjection = {
  name: 'negotiations',
  collections: [NEGOTIATIONS],
  handles: new Set([
    'PriceNegotiationOpened',
    'BuyerOfferReceived',
    'CounterOfferMade',
    'PriceAgreed',
    'NegotiationFailed',
  ]),
  indexes: {
    [NEGOTIATIONS]: [
      {
        fields: [
          ['openedOn', 1],
          ['buyerId', 1],
        ],
      },
    ],
  },

  keys: (event: RecordedEvent): readonly DocumentKey[] => [
    { collection: NEGOTIATIONS, id: (event as RecordedEvent<PriceNegotiationEvent>).data.negotiationId },
  ],

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    // A discriminated union, so each case sees its own data.
    const e = { type: event.type, data: event.data } as PriceNegotiationEvent;
    const id = e.data.negotiationId;
    if (e.type === 'PriceNegotiationOpened') {
      const d = e.data;
      tx.put(NEGOTIATIONS, id, {
        negotiationId: id,
        buyerId: d.buyerId,
        openedOn: d.openedOn,
        asking: prices(d.asking),
        floorSatangPerEgg: d.floorSatangPerEgg,
        ceilingSatangPerEgg: d.ceilingSatangPerEgg,
        firstOffer: null,
        rounds: 0,
        outcome: 'OPEN',
        agreed: null,
        closedOn: null,
        validFrom: null,
        validTo: null,
      });
      return;
    }
    const current = await tx.get<NegotiationDoc>(NEGOTIATIONS, id);
    if (!current) return;
    const { _id, _position, ...doc } = current;
    switch (e.type) {
      case 'BuyerOfferReceived':
        tx.put(NEGOTIATIONS, id, {
          ...doc,
          firstOffer: e.data.round === 1 ? prices(e.data.prices) : doc.firstOffer,
          rounds: Math.max(doc.rounds, e.data.round),
        });
        break;
      case 'CounterOfferMade':
        tx.put(NEGOTIATIONS, id, { ...doc, rounds: Math.max(doc.rounds, e.data.round) });
        break;
      case 'PriceAgreed':
        tx.put(NEGOTIATIONS, id, {
          ...doc,
          outcome: 'AGREED',
          agreed: prices(e.data.prices),
          rounds: e.data.rounds,
          closedOn: e.data.agreedOn,
          validFrom: e.data.validFrom,
          validTo: e.data.validTo,
        });
        break;
      case 'NegotiationFailed':
        tx.put(NEGOTIATIONS, id, { ...doc, outcome: 'FAILED', rounds: e.data.rounds, closedOn: e.data.failedOn });
        break;
    }
  },
};
