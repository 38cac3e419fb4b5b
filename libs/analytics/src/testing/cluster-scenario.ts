import type { DomainEvent } from '@khai/event-sourcing';

import { ev, order, sale } from './scenario';

/** Events of the cluster map's flows, as the registry, feed, production, sales and market contexts record them. */
export const partner = (
  partnerId: string,
  kind: string,
  stage: string,
  extra: { channel?: string; province?: string; registeredOn?: string } = {},
): DomainEvent =>
  ev('PartnerRegistered', { partnerId, name: `${partnerId} Co.`, kind, stage, registeredOn: '2023-06-01', ...extra });

export const member = (memberId: string, joinedOn = '2023-01-01'): DomainEvent =>
  ev('MemberJoined', { memberId, name: `Farmer ${memberId}`, citizenId: '1234567890121', joinedOn });

export const farm = (memberId: string, farmId: string, district: string, province: string): DomainEvent =>
  ev('FarmRegistered', { memberId, farmId, name: farmId, district, province, registeredOn: '2023-01-01' });

export const contract = (
  contractId: string,
  supplierId: string,
  feedType: string,
  pricePerKgSatang: number,
  marketPricePerKgSatang: number,
): DomainEvent =>
  ev('FeedContractAgreed', {
    contractId,
    supplierId,
    feedType,
    pricePerKgSatang,
    volumeKg: 100_000,
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    marketPricePerKgSatang,
    agreedOn: '2023-12-20',
  });

export const delivery = (
  contractId: string,
  deliveryId: string,
  memberId: string,
  deliveredOn: string,
  kg: number,
  pricePerKgSatang: number,
  feedType = 'LAYER',
): DomainEvent =>
  ev('FeedDelivered', {
    contractId,
    deliveryId,
    farmId: `${memberId}-F1`,
    memberId,
    feedType,
    kg,
    pricePerKgSatang,
    amountSatang: kg * pricePerKgSatang,
    deliveredOn,
  });

export const adjustment = (
  contractId: string,
  deliveryId: string,
  previousKg: number,
  newKg: number,
  pricePerKgSatang: number,
  adjustedOn: string,
): DomainEvent =>
  ev('FeedDeliveryAdjusted', {
    contractId,
    deliveryId,
    adjustmentId: `${deliveryId}-A${newKg}`,
    previousKg,
    newKg,
    deltaKg: newKg - previousKg,
    pricePerKgSatang,
    amountDeltaSatang: (newKg - previousKg) * pricePerKgSatang,
    reason: 'delivery note misread',
    adjustedOn,
  });

export const feedMarketPrice = (feedType: string, source: string, observedOn: string, pricePerKgSatang: number) =>
  ev('FeedMarketPriceRecorded', {
    feedMarketPriceId: `${feedType}.${source}.${observedOn}`,
    feedType,
    source,
    observedOn,
    pricePerKgSatang,
  });

export const collected = (lotId: string, memberId: string, collectedOn: string, eggs: number): DomainEvent =>
  ev('EggsCollected', { lotId, memberId, farmId: `${memberId}-F1`, flockId: `${memberId}-F1-H1`, collectedOn, eggs });

export const graded = (lotId: string, gradedOn: string, gradedEggs: number, rejectedEggs: number): DomainEvent =>
  ev('LotGraded', {
    lotId,
    gradedOn,
    grade: 'A',
    sizes: [{ size: 3, eggs: gradedEggs }],
    rejects: rejectedEggs === 0 ? [] : [{ reason: 'CRACKED', eggs: rejectedEggs }],
    gradedEggs,
    rejectedEggs,
  });

export const gradingVoided = (lotId: string, gradedOn: string, gradedEggs: number, rejectedEggs: number) =>
  ev('LotGradingVoided', { lotId, voidedOn: gradedOn, reason: 'scale off', gradedOn, gradedEggs, rejectedEggs });

/**
 * January and February 2024: two feed suppliers on three contracts (one feed
 * type without market prices), two members, two lots (one graded, voided and
 * graded again), three sales to two buyers (one under contract), a processor
 * moved downstream and a university in support. The figures every spec expects
 * are worked out in `cluster-map.spec.ts`.
 */
export const clusterScenario: readonly DomainEvent[] = [
  partner('S-CPF', 'FEED_SUPPLIER', 'UPSTREAM', { province: 'Bangkok' }),
  partner('S-BETAGRO', 'FEED_SUPPLIER', 'UPSTREAM'),
  partner('B-TOPS', 'BUYER', 'DOWNSTREAM', { channel: 'MODERN_TRADE', province: 'Chiang Mai' }),
  partner('B-MAKRO', 'BUYER', 'DOWNSTREAM', { channel: 'WHOLESALER' }),
  partner('U-CMU', 'UNIVERSITY', 'SUPPORT', { province: 'Chiang Mai' }),
  partner('P-EGGPRO', 'PROCESSOR', 'MIDSTREAM'),
  ev('PartnerStageChanged', {
    partnerId: 'P-EGGPRO',
    previousStage: 'MIDSTREAM',
    stage: 'DOWNSTREAM',
    reason: 'sells liquid egg to bakeries',
    changedOn: '2023-09-01',
  }),
  partner('B-LATE', 'BUYER', 'DOWNSTREAM', { channel: 'RETAILER', registeredOn: '2024-03-15' }),
  member('M1'),
  farm('M1', 'M1-F1', 'Hang Dong', 'Chiang Mai'),
  farm('M1', 'M1-F2', 'Mueang Lamphun', 'Lamphun'),
  member('M2'),
  farm('M2', 'M2-F1', 'Mueang Lamphun', 'Lamphun'),
  contract('C1', 'S-CPF', 'LAYER', 1_450, 1_550),
  contract('C2', 'S-BETAGRO', 'LAYER', 1_480, 1_520),
  contract('C3', 'S-CPF', 'PULLET_GROWER', 1_200, 1_300),
  feedMarketPrice('LAYER', 'oae', '2024-01-01', 1_500),
  feedMarketPrice('LAYER', 'oae', '2024-02-01', 1_600),
  feedMarketPrice('LAYER', 'mill', '2024-02-01', 1_560),
  delivery('C1', 'D1', 'M1', '2024-01-10', 1_000, 1_450),
  delivery('C1', 'D2', 'M2', '2024-02-05', 2_000, 1_450),
  adjustment('C1', 'D2', 2_000, 1_900, 1_450, '2024-03-02'),
  delivery('C2', 'D1', 'M1', '2024-02-10', 500, 1_480),
  delivery('C3', 'D1', 'M2', '2024-02-15', 200, 1_200, 'PULLET_GROWER'),
  collected('L1', 'M1', '2024-01-15', 3_000),
  graded('L1', '2024-01-15', 2_900, 100),
  collected('L2', 'M2', '2024-01-31', 2_000),
  graded('L2', '2024-02-01', 1_950, 50),
  gradingVoided('L2', '2024-02-01', 1_950, 50),
  graded('L2', '2024-02-02', 1_960, 40),
  order('SO1', 'B-TOPS', '2024-01-20', 'CONTRACT', [
    [2, 1_500, 380],
    [3, 900, 350],
  ]),
  sale('SO1', 'B-TOPS', '2024-01-20', [
    [2, 1_500, 380],
    [3, 900, 350],
  ]),
  sale('SO2', 'B-MAKRO', '2024-02-10', [[3, 600, 340]]),
  order('SO3', 'B-TOPS', '2024-02-12', 'SPOT', [[2, 300, 370]]),
  sale('SO3', 'B-TOPS', '2024-02-12', [[2, 300, 370]]),
  sale('SO4', 'B-NEW', '2024-03-01', [[3, 90, 330]]),
];
