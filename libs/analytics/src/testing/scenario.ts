import type { DomainEvent } from '@khai/event-sourcing';

/** Small, hand-computed scenarios shared by the specs: events as their contexts record them. */
export const ev = (type: string, data: unknown): DomainEvent => ({ type, data });

export const buyer = (partnerId: string, channel: string): DomainEvent =>
  ev('PartnerRegistered', {
    partnerId,
    name: partnerId,
    kind: 'BUYER',
    channel,
    stage: 'DOWNSTREAM',
    registeredOn: '2022-01-01',
  });

export const supplier = (partnerId: string): DomainEvent =>
  ev('PartnerRegistered', {
    partnerId,
    name: partnerId,
    kind: 'FEED_SUPPLIER',
    stage: 'UPSTREAM',
    registeredOn: '2022-01-01',
  });

export const reference = (
  source: string,
  effectiveDate: string,
  mixedSatangPerEgg: number,
  sizes: readonly [size: number, satangPerEgg: number][] = [],
): DomainEvent =>
  ev('ReferencePriceAnnounced', {
    referencePriceId: `${source}.${effectiveDate}`,
    source,
    effectiveDate,
    mixedSatangPerEgg,
    sizes: sizes.map(([size, satangPerEgg]) => ({ size, satangPerEgg })),
  });

export const order = (
  orderId: string,
  buyerId: string,
  day: string,
  priceBasis: 'CONTRACT' | 'SPOT',
  lines: readonly [size: number, eggs: number, satangPerEgg: number][],
): DomainEvent =>
  ev('SalesOrderConfirmed', {
    orderId,
    buyerId,
    negotiationId: priceBasis === 'CONTRACT' ? 'N1' : null,
    priceBasis,
    orderedOn: day,
    deliveryOn: day,
    lines: lines.map(([size, eggs, satangPerEgg]) => ({
      size,
      trays: eggs / 30,
      satangPerEgg,
      eggs,
      amountSatang: eggs * satangPerEgg,
    })),
    totalTrays: lines.reduce((s, [, eggs]) => s + eggs / 30, 0),
    totalEggs: lines.reduce((s, [, eggs]) => s + eggs, 0),
    valueSatang: lines.reduce((s, [, eggs, p]) => s + eggs * p, 0),
  });

export const sale = (
  saleId: string,
  buyerId: string,
  soldOn: string,
  lines: readonly [size: number, eggs: number, satangPerEgg: number][],
): DomainEvent =>
  ev('SaleRecorded', {
    saleId,
    buyerId,
    soldOn,
    lines: lines.map(([size, eggs, satangPerEgg]) => ({ size, eggs, satangPerEgg, amountSatang: eggs * satangPerEgg })),
    lotIds: [],
    totalEggs: lines.reduce((s, [, eggs]) => s + eggs, 0),
    totalSatang: lines.reduce((s, [, eggs, p]) => s + eggs * p, 0),
  });

/**
 * Four weeks of sales against the cooperative network's ladder of 24 Mar 2022
 * (mixed 3.40, size 0 4.20, size 3 3.50): one sale before any reference, one
 * under contract, one spot sale with no order, and one size off the ladder.
 */
export const salesScenario: readonly DomainEvent[] = [
  buyer('B-TOPS', 'MODERN_TRADE'),
  buyer('B-MAKRO', 'WHOLESALER'),
  sale('SO0', 'B-TOPS', '2022-03-01', [[3, 30, 300]]),
  reference('coop-network', '2022-03-24', 340, [
    [0, 420],
    [3, 350],
  ]),
  order('SO1', 'B-TOPS', '2022-03-30', 'CONTRACT', [
    [0, 300, 430],
    [3, 600, 340],
  ]),
  sale('SO1', 'B-TOPS', '2022-03-30', [
    [0, 300, 430],
    [3, 600, 340],
  ]),
  sale('SO2', 'B-TOPS', '2022-03-31', [[3, 30, 350]]),
  order('SO3', 'B-MAKRO', '2022-04-04', 'SPOT', [[5, 90, 310]]),
  sale('SO3', 'B-MAKRO', '2022-04-04', [[5, 90, 310]]),
];

const prices = (list: readonly [number, number][]) => list.map(([size, satangPerEgg]) => ({ size, satangPerEgg }));

/** DOMAIN.md's example: ask 3.60, first offer 3.20, agreed 3.45 in four rounds, cost 3.00; and one that failed. */
export const negotiationScenario: readonly DomainEvent[] = [
  buyer('B-TOPS', 'MODERN_TRADE'),
  buyer('B-MAKRO', 'WHOLESALER'),
  ev('PriceNegotiationOpened', {
    negotiationId: 'N1',
    buyerId: 'B-TOPS',
    openedOn: '2022-03-01',
    asking: prices([[3, 360]]),
    floorSatangPerEgg: 300,
    ceilingSatangPerEgg: null,
  }),
  ev('BuyerOfferReceived', {
    negotiationId: 'N1',
    roundId: 'N1-R1',
    round: 1,
    offeredOn: '2022-03-02',
    prices: prices([[3, 320]]),
    eggsPerWeek: 9000,
  }),
  ev('CounterOfferMade', {
    negotiationId: 'N1',
    roundId: 'N1-R2',
    round: 2,
    offeredOn: '2022-03-03',
    prices: prices([[3, 355]]),
  }),
  ev('PriceNegotiationOpened', {
    negotiationId: 'N2',
    buyerId: 'B-MAKRO',
    openedOn: '2022-03-02',
    asking: prices([[3, 360]]),
    floorSatangPerEgg: 300,
    ceilingSatangPerEgg: null,
  }),
  ev('BuyerOfferReceived', {
    negotiationId: 'N1',
    roundId: 'N1-R3',
    round: 3,
    offeredOn: '2022-03-04',
    prices: prices([[3, 340]]),
    eggsPerWeek: null,
  }),
  ev('BuyerOfferReceived', {
    negotiationId: 'N2',
    roundId: 'N2-R1',
    round: 1,
    offeredOn: '2022-03-03',
    prices: prices([[3, 300]]),
    eggsPerWeek: null,
  }),
  ev('CounterOfferMade', {
    negotiationId: 'N1',
    roundId: 'N1-R4',
    round: 4,
    offeredOn: '2022-03-05',
    prices: prices([[3, 345]]),
  }),
  ev('PriceAgreed', {
    negotiationId: 'N1',
    buyerId: 'B-TOPS',
    agreedOn: '2022-03-06',
    prices: prices([[3, 345]]),
    validFrom: '2022-03-10',
    validTo: '2022-06-30',
    rounds: 4,
  }),
  ev('NegotiationFailed', {
    negotiationId: 'N2',
    buyerId: 'B-MAKRO',
    failedOn: '2022-03-09',
    reason: 'no agreement',
    rounds: 6,
  }),
];
