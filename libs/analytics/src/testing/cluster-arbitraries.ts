import type { DomainEvent } from '@khai/event-sourcing';
import fc from 'fast-check';

import {
  adjustment,
  collected,
  contract,
  delivery,
  farm,
  feedMarketPrice,
  graded,
  gradingVoided,
  member,
  partner,
} from './cluster-scenario';
import { order, sale } from './scenario';

/** Days over two months, so month documents and their day lines both repeat. */
const day = fc
  .tuple(fc.constantFrom('2024-01', '2024-02'), fc.integer({ min: 1, max: 28 }))
  .map(([month, d]) => `${month}-${String(d).padStart(2, '0')}`);
const memberId = fc.constantFrom('M1', 'M2');
const contractId = fc.constantFrom('C1', 'C2', 'C3');
const deliveryId = fc.constantFrom('D1', 'D2');
const lotId = fc.constantFrom('L1', 'L2');
const buyerId = fc.constantFrom('B-TOPS', 'B-MAKRO');
const saleId = fc.integer({ min: 1, max: 4 }).map((n) => `SO${n}`);
const kg = fc.integer({ min: 0, max: 50 }).map((n) => n * 100);
const eggs = fc.integer({ min: 1, max: 20 }).map((n) => n * 30);
const lines = fc
  .uniqueArray(fc.tuple(fc.constantFrom(0, 3, 5), eggs, fc.integer({ min: 280, max: 420 })), {
    minLength: 1,
    maxLength: 2,
    selector: ([s]) => s,
  })
  .map((list) => list.map(([s, e, p]) => [s, e, p] as [number, number, number]));

/**
 * Random logs of the events the cluster projections handle, ids drawn from small
 * pools so that repeats, adjustments and voids of unknown deliveries and lots,
 * sales before their orders and facts recorded twice all happen.
 */
export const clusterLogs: fc.Arbitrary<DomainEvent[]> = fc.array(
  fc.oneof(
    fc.tuple(memberId, day).map(([m, d]) => member(m, d)),
    fc
      .tuple(memberId, fc.constantFrom('F1', 'F2'), fc.constantFrom('Hang Dong', 'San Pa Tong'))
      .map(([m, f, district]) => farm(m, `${m}-${f}`, district, 'Chiang Mai')),
    fc
      .tuple(fc.constantFrom('S-CPF', 'B-TOPS'), fc.constantFrom('UPSTREAM', 'DOWNSTREAM'))
      .map(([p, stage]) => partner(p, p === 'S-CPF' ? 'FEED_SUPPLIER' : 'BUYER', stage)),
    fc
      .tuple(contractId, fc.constantFrom('S-CPF', 'S-BETAGRO'), fc.integer({ min: 1_200, max: 1_600 }))
      .map(([c, s, price]) => contract(c, s, c === 'C3' ? 'PULLET_GROWER' : 'LAYER', price, price + 50)),
    fc.tuple(contractId, deliveryId, memberId, day, kg).map(([c, d, m, on, k]) => delivery(c, d, m, on, k, 1_450)),
    fc
      .tuple(contractId, deliveryId, kg, kg, day)
      .filter(([, , before, after]) => before !== after)
      .map(([c, d, before, after, on]) => adjustment(c, d, before, after, 1_450, on)),
    fc
      .tuple(fc.constantFrom('LAYER', 'PULLET_GROWER'), fc.constantFrom('oae', 'mill'), day, kg)
      .map(([type, source, on, price]) => feedMarketPrice(type, source, on, 1_000 + price / 10)),
    fc.tuple(lotId, memberId, day, eggs).map(([l, m, on, e]) => collected(l, m, on, e)),
    fc.tuple(lotId, day, eggs, fc.integer({ min: 0, max: 30 })).map(([l, on, g, r]) => graded(l, on, g, r)),
    fc.tuple(lotId, day, eggs, fc.integer({ min: 0, max: 30 })).map(([l, on, g, r]) => gradingVoided(l, on, g, r)),
    fc
      .tuple(saleId, buyerId, day, fc.constantFrom<'CONTRACT' | 'SPOT'>('CONTRACT', 'SPOT'), lines)
      .map(([id, b, on, basis, l]) => order(id, b, on, basis, l)),
    fc.tuple(saleId, buyerId, day, lines).map(([id, b, on, l]) => sale(id, b, on, l)),
  ),
  { maxLength: 40, size: 'max' },
);
