import type { SizeClass } from '@khai/contracts';
import type { DomainEvent } from '@khai/event-sourcing';
import fc from 'fast-check';

import { adjusted, collected, culled, delivered, died, graded, memberPrices, placed, voided } from './income-scenario';
import { reference } from './scenario';

const day = fc
  .tuple(fc.constantFrom('03', '04'), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2026-${m}-${String(d).padStart(2, '0')}`);
const memberId = fc.constantFrom('M1', 'M2');
const flockId = fc.constantFrom('M1-H1', 'M2-H1', 'M2-H2');
const lotId = fc.integer({ min: 1, max: 5 }).map((n) => `L${n}`);
const deliveryId = fc.integer({ min: 1, max: 3 }).map((n) => `D${n}`);
const size = fc.constantFrom<SizeClass>(2, 3, 4);
const sizes = fc.uniqueArray(fc.tuple(size, fc.integer({ min: 1, max: 900 })), {
  minLength: 1,
  maxLength: 3,
  selector: ([s]) => s,
});

/**
 * Random logs of the events member income reads, ids from small pools so that
 * repeats, voids, regradings, adjustments and counts before a placement all
 * happen. What one stream orders stays in order, as in any real log: a lot is
 * graded only after it was collected, a delivery adjusted only after it was
 * delivered.
 */
export const incomeLogs: fc.Arbitrary<DomainEvent[]> = fc
  .array(
    fc.oneof(
      fc
        .tuple(flockId, day, fc.integer({ min: 100, max: 2_000 }))
        .map(([f, d, hens]) => placed(f, f.slice(0, 2), d, hens)),
      fc.tuple(flockId, day, fc.integer({ min: 1, max: 50 })).map(([f, d, n]) => died(f, d, n)),
      fc.tuple(flockId, day, fc.integer({ min: 1, max: 200 })).map(([f, d, n]) => culled(f, d, n)),
      fc.tuple(lotId, memberId, day).map(([l, m, d]) => collected(l, m, d, 1_000)),
      fc.tuple(lotId, day, sizes, fc.integer({ min: 0, max: 50 })).map(([l, d, s, r]) => graded(l, d, s, r)),
      fc.tuple(lotId, day).map(([l, d]) => voided(l, d, 1)),
      fc
        .tuple(deliveryId, memberId, day, fc.integer({ min: 1, max: 3_000 }))
        .map(([id, m, d, kg]) => delivered(id, m, d, kg)),
      fc
        .tuple(deliveryId, fc.integer({ min: 1, max: 9 }), fc.integer({ min: -100, max: 100 }))
        .filter(([, , delta]) => delta !== 0)
        .map(([id, n, delta]) => adjusted(id, `${id}-A${n}`, 1_000, 1_000 + delta)),
      fc
        .tuple(
          fc.constantFrom('PL1', 'PL2'),
          day,
          fc.uniqueArray(fc.tuple(size, fc.integer({ min: 280, max: 420 })), { selector: ([s]) => s }),
        )
        .map(([id, d, prices]) => memberPrices(id, d, prices)),
      fc.tuple(day, fc.integer({ min: 300, max: 400 })).map(([d, mixed]) => reference('coop-network', d, mixed)),
    ),
    { maxLength: 40 },
  )
  .map(inStreamOrder);

function inStreamOrder(log: readonly DomainEvent[]): DomainEvent[] {
  const lots = new Set<string>();
  const deliveries = new Set<string>();
  return log.filter((event) => {
    const data = event.data as { lotId?: string; deliveryId?: string };
    switch (event.type) {
      case 'EggsCollected':
        lots.add(data.lotId as string);
        return true;
      case 'LotGraded':
      case 'LotGradingVoided':
        return lots.has(data.lotId as string);
      case 'FeedDelivered':
        deliveries.add(data.deliveryId as string);
        return true;
      case 'FeedDeliveryAdjusted':
        return deliveries.has(data.deliveryId as string);
      default:
        return true;
    }
  });
}
