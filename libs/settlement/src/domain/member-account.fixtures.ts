import type {
  AdjustFeedCharge,
  RecordEggDelivery,
  RecordFeedCharge,
  SettleMember,
  VoidEggDelivery,
} from './member-account.commands';
import type {
  EggDeliveryRecorded,
  EggDeliveryVoided,
  FeedChargeAdjusted,
  FeedChargeRecorded,
} from './member-account.events';
import type { MemberPriceList } from './member-price-list.state';

/** Shared by the member account specs: member M-017's November. */
export const memberId = 'M-017';

export const prices = [
  { size: 0 as const, satangPerEgg: 420 },
  { size: 2 as const, satangPerEgg: 380 },
  { size: 3 as const, satangPerEgg: 350 },
];

export const decemberPrices = [
  { size: 0 as const, satangPerEgg: 400 },
  { size: 2 as const, satangPerEgg: 360 },
  { size: 3 as const, satangPerEgg: 330 },
];

export const octoberList: MemberPriceList = {
  priceListId: 'PL-2026-10',
  effectiveFrom: '2026-10-01',
  prices: [
    { size: 0, satangPerEgg: 410 },
    { size: 2, satangPerEgg: 370 },
    { size: 3, satangPerEgg: 340 },
  ],
  setOn: '2026-09-28',
};
export const novemberList: MemberPriceList = {
  priceListId: 'PL-2026-11',
  effectiveFrom: '2026-11-01',
  prices,
  setOn: '2026-10-28',
};
export const decemberList: MemberPriceList = {
  priceListId: 'PL-2026-12',
  effectiveFrom: '2026-12-01',
  prices: decemberPrices,
  setOn: '2026-11-27',
};
/** The cooperative's price lists, in the order set. */
export const schedule: readonly MemberPriceList[] = [octoberList, novemberList, decemberList];

export const recordL1: RecordEggDelivery = {
  type: 'RecordEggDelivery',
  data: {
    memberId,
    lotId: 'L1',
    gradedOn: '2026-11-03',
    collectedOn: '2026-11-02',
    sizes: [
      { size: 3, eggs: 1_800 },
      { size: 0, eggs: 1_200 },
      { size: 2, eggs: 3_000 },
    ],
  },
};

export const l1: EggDeliveryRecorded = {
  type: 'EggDeliveryRecorded',
  data: {
    memberId,
    lotId: 'L1',
    grading: 1,
    gradedOn: '2026-11-03',
    collectedOn: '2026-11-02',
    sizes: [
      { size: 0, eggs: 1_200 },
      { size: 2, eggs: 3_000 },
      { size: 3, eggs: 1_800 },
    ],
  },
};

export const l2: EggDeliveryRecorded = {
  type: 'EggDeliveryRecorded',
  data: {
    memberId,
    lotId: 'L2',
    grading: 1,
    gradedOn: '2026-11-10',
    collectedOn: '2026-11-09',
    sizes: [
      { size: 0, eggs: 600 },
      { size: 2, eggs: 2_400 },
      { size: 3, eggs: 900 },
    ],
  },
};

export const voidL1: VoidEggDelivery = {
  type: 'VoidEggDelivery',
  data: { memberId, lotId: 'L1', reason: 'grader scale off by 5 g', voidedOn: '2026-12-02' },
};

export const l1Voided: EggDeliveryVoided = {
  type: 'EggDeliveryVoided',
  data: { ...voidL1.data, grading: 1, settlementId: null },
};

export const chargeF1: RecordFeedCharge = {
  type: 'RecordFeedCharge',
  data: { memberId, deliveryId: 'FD-1', deliveredOn: '2026-11-05', kg: 2_000, amountSatang: 2_900_000 },
};

export const f1: FeedChargeRecorded = { type: 'FeedChargeRecorded', data: chargeF1.data };

export const adjustF1: AdjustFeedCharge = {
  type: 'AdjustFeedCharge',
  data: {
    memberId,
    deliveryId: 'FD-1',
    adjustmentId: 'ADJ-1',
    deltaKg: -50,
    amountDeltaSatang: -72_500,
    reason: 'two bags short on the delivery note',
    adjustedOn: '2026-11-20',
  },
};

export const f1Adjusted: FeedChargeAdjusted = { type: 'FeedChargeAdjusted', data: adjustF1.data };

export const settleNovember: SettleMember = {
  type: 'SettleMember',
  data: {
    memberId,
    settlementId: 'S-2026-11',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    settledOn: '2026-12-01',
    priceLists: schedule,
    deductions: [{ reason: 'share capital', amountSatang: 50_000 }],
  },
};
