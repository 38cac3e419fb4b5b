import type { DomainEvent } from '@khai/event-sourcing';
import fc from 'fast-check';

import { buyer, ev, order, reference, sale } from './scenario';

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2022-03-${String(d).padStart(2, '0')}`);
const buyerId = fc.constantFrom('B-TOPS', 'B-MAKRO');
const size = fc.constantFrom(0, 3, 5);
const lines = fc
  .uniqueArray(fc.tuple(size, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 280, max: 420 })), {
    minLength: 1,
    maxLength: 3,
    selector: ([s]) => s,
  })
  .map((list) => list.map(([s, trays, price]) => [s, trays * 30, price] as [number, number, number]));
const prices = fc.array(fc.tuple(size, fc.integer({ min: 280, max: 420 })), { maxLength: 3 });
const lotId = fc.integer({ min: 1, max: 4 }).map((n) => `L${n}`);
const negotiationId = fc.constantFrom('N1', 'N2');
const negotiated = (list: readonly [number, number][]) => list.map(([s, satangPerEgg]) => ({ size: s, satangPerEgg }));

/**
 * Random logs of the events the analytics projections handle, ids drawn from
 * small pools so that repeats, revisions, releases and events of unknown
 * negotiations or lots all happen.
 */
export const analyticsLogs: fc.Arbitrary<DomainEvent[]> = fc.array(
  fc.oneof(
    fc.tuple(buyerId, fc.constantFrom('MODERN_TRADE', 'WHOLESALER')).map(([b, c]) => buyer(b, c)),
    fc
      .tuple(buyerId, fc.constantFrom('DOWNSTREAM', 'MIDSTREAM'), day)
      .map(([b, stage, changedOn]) =>
        ev('PartnerStageChanged', { partnerId: b, previousStage: 'DOWNSTREAM', stage, reason: 'r', changedOn }),
      ),
    fc
      .tuple(fc.constantFrom('coop-network', 'dit'), day, fc.integer({ min: 300, max: 400 }), prices)
      .map(([source, d, mixed, sizes]) => reference(source, d, mixed, sizes)),
    fc
      .tuple(fc.constantFrom('coop-network', 'dit'), day, fc.integer({ min: 300, max: 400 }))
      .map(([source, d, mixed]) => ({
        ...reference(source, d, mixed),
        type: 'ReferencePriceRevised',
        data: { ...(reference(source, d, mixed).data as object), reason: 'misread', revisedOn: d },
      })),
    fc
      .tuple(
        fc.integer({ min: 1, max: 6 }),
        buyerId,
        day,
        fc.constantFrom<'CONTRACT' | 'SPOT'>('CONTRACT', 'SPOT'),
        lines,
      )
      .map(([n, b, d, basis, l]) => order(`SO${n}`, b, d, basis, l)),
    fc.tuple(fc.integer({ min: 1, max: 6 }), buyerId, day, lines).map(([n, b, d, l]) => sale(`SO${n}`, b, d, l)),
    fc.tuple(negotiationId, buyerId, day, prices).map(([id, b, d, asking]) =>
      ev('PriceNegotiationOpened', {
        negotiationId: id,
        buyerId: b,
        openedOn: d,
        asking: negotiated(asking),
        floorSatangPerEgg: 300,
        ceilingSatangPerEgg: null,
      }),
    ),
    fc.tuple(negotiationId, fc.integer({ min: 1, max: 5 }), day, prices).map(([id, round, d, p]) =>
      ev(round % 2 === 1 ? 'BuyerOfferReceived' : 'CounterOfferMade', {
        negotiationId: id,
        roundId: `${id}-R${round}`,
        round,
        offeredOn: d,
        prices: negotiated(p),
        eggsPerWeek: null,
      }),
    ),
    fc.tuple(negotiationId, buyerId, day, prices).map(([id, b, d, p]) =>
      ev('PriceAgreed', {
        negotiationId: id,
        buyerId: b,
        agreedOn: d,
        prices: negotiated(p),
        validFrom: d,
        validTo: '2022-06-30',
        rounds: 3,
      }),
    ),
    fc
      .tuple(negotiationId, buyerId, day)
      .map(([id, b, d]) =>
        ev('NegotiationFailed', { negotiationId: id, buyerId: b, failedOn: d, reason: 'r', rounds: 2 }),
      ),
    fc.tuple(lotId, day).map(([l, d]) =>
      ev('EggsCollected', {
        lotId: l,
        memberId: 'M1',
        farmId: 'M1-F1',
        flockId: 'M1-F1-H1',
        collectedOn: d,
        eggs: 900,
      }),
    ),
    fc.tuple(lotId, fc.constantFrom('SH1', 'SH2'), size).map(([l, sh, s]) =>
      ev('PackedStockAllocated', {
        lotId: l,
        shipmentId: sh,
        size: s,
        trays: 2,
        eggs: 60,
        allocatedOn: '2022-03-05',
      }),
    ),
    fc.tuple(lotId, fc.constantFrom('SH1', 'SH2'), size).map(([l, sh, s]) =>
      ev('PackedStockReleased', {
        lotId: l,
        shipmentId: sh,
        reason: 'refused',
        releasedOn: '2022-03-06',
        lines: [{ size: s, trays: 2, eggs: 60 }],
      }),
    ),
    fc.constant(ev('FlockMortalityRecorded', { flockId: 'M1-F1-H1', recordedOn: '2022-03-01', deaths: 1 })),
  ),
  { maxLength: 40 },
);
