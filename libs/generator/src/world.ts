import type { BuyerChannel } from '@khai/registry';

import { dayOf } from './calendar';
import { FARM_WORDS, FIRST_NAMES, SURNAMES } from './names';
import type { Rng } from './prng';

/** The cooperative's four branches (DOMAIN.md); each farm lies in a district near its branch. */
export interface Branch {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly districts: readonly string[];
  /** Feed is bought collectively per group of branches, one contract each. */
  readonly feedGroup: 'NORTH' | 'SOUTH';
}

export const BRANCHES: readonly Branch[] = [
  {
    code: 'HD',
    name: 'Hang Dong',
    province: 'Chiang Mai',
    districts: ['Hang Dong', 'Mae Wang', 'Saraphi'],
    feedGroup: 'NORTH',
  },
  {
    code: 'SPT',
    name: 'San Pa Tong',
    province: 'Chiang Mai',
    districts: ['San Pa Tong', 'Chom Thong', 'Doi Lo'],
    feedGroup: 'NORTH',
  },
  {
    code: 'LP',
    name: 'Lamphun',
    province: 'Lamphun',
    districts: ['Mueang Lamphun', 'Ban Thi', 'Mae Tha'],
    feedGroup: 'SOUTH',
  },
  {
    code: 'PS',
    name: 'Pa Sang',
    province: 'Lamphun',
    districts: ['Pa Sang', 'Wiang Nong Long', 'Ban Hong'],
    feedGroup: 'SOUTH',
  },
];

export interface House {
  readonly index: number;
  readonly capacity: number;
}

export interface Farm {
  readonly memberId: string;
  readonly farmId: string;
  readonly name: string;
  readonly district: string;
  readonly province: string;
  readonly branch: Branch;
  readonly registeredDay: number;
  readonly hens: number;
  readonly houses: readonly House[];
  /** Feed per hen per day, kg (DOMAIN.md: 110 – 120 g, 115 default). */
  readonly feedKgPerHenDay: number;
  /** 0 = Sunday: the weekday feed is delivered. */
  readonly deliveryWeekday: number;
}

export interface Member {
  readonly memberId: string;
  readonly name: string;
  readonly citizenId: string;
  /** A mobile number, 0 and 9 digits (personal data: sealed like the name). */
  readonly phone: string;
  /** Where the cooperative pays the member's settlements: most farmers bank with BAAC (ธ.ก.ส.). */
  readonly bankAccount: { readonly bank: string; readonly number: string };
  readonly joinedDay: number;
  readonly farms: readonly Farm[];
}

/** Banks of the generated members, as often as farmers use them (BAAC — ธ.ก.ส. — the most); their numbers' length. */
const BAAC = { bank: 'BAAC', digits: 12 };
const MEMBER_BANKS = [BAAC, BAAC, BAAC, BAAC, BAAC, BAAC, { bank: 'GSB', digits: 12 }, { bank: 'KTB', digits: 10 }];

/**
 * The member's phone and bank account, from a stream of its own (`contact`): drawing them changes no other draw of
 * the member's, so the rest of the generated data is what it was before members had them.
 */
function contactOf(memberRng: Rng): Pick<Member, 'phone' | 'bankAccount'> {
  const r = memberRng.fork('contact');
  const digits = (n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');
  const phone = `0${r.pick([6, 8, 9])}${digits(8)}`;
  const { bank, digits: length } = r.pick(MEMBER_BANKS);
  return { phone, bankAccount: { bank, number: digits(length) } };
}

/** A 13-digit id with the citizen-id check digit: (11 − Σ dᵢ × (14 − i) mod 11) mod 10. */
export function thaiId(rng: Rng, first: number): string {
  const digits = [first, ...Array.from({ length: 11 }, () => rng.int(0, 9))];
  const sum = digits.reduce((s, d, i) => s + d * (13 - i), 0);
  return [...digits, (11 - (sum % 11)) % 10].join('');
}

const HENS_MIN = 3_000;
const HENS_MAX = 40_000;
const HENS_PER_HOUSE = 12_000;

/** Members and farms; members joined between 2000 (the cooperative's founding) and `joinedBefore`. */
export function buildMembers(rng: Rng, count: number, joinedBefore: number, feedGramsPerHenDay: number): Member[] {
  const founded = dayOf('2000-06-01');
  const members: Member[] = [];
  for (let i = 1; i <= count; i++) {
    const r = rng.fork(`member-${i}`);
    const memberId = `M${String(i).padStart(3, '0')}`;
    const branch = BRANCHES[(i - 1) % BRANCHES.length] as Branch;
    // The first dozen are founders; the others joined over the years since.
    const joinedDay = i <= 12 ? founded + r.int(0, 120) : r.int(founded + 365, joinedBefore - 1);
    const farmCount = r.chance(0.1) ? 2 : 1;
    const farms: Farm[] = [];
    for (let f = 1; f <= farmCount; f++) {
      // Log-uniform: many farms of a few thousand hens, a few of tens of thousands.
      const size = f === 1 ? Math.exp(r.uniform(Math.log(HENS_MIN), Math.log(HENS_MAX))) : r.uniform(HENS_MIN, 10_000);
      const hens = Math.round(size / 500) * 500;
      const houses = Math.max(1, Math.ceil(hens / HENS_PER_HOUSE));
      const base = Math.floor(hens / houses / 10) * 10;
      farms.push({
        memberId,
        farmId: `${memberId}-F${f}`,
        name: `${r.pick(FARM_WORDS)} Farm`,
        district: r.pick(branch.districts),
        province: branch.province,
        branch,
        registeredDay: Math.min(joinedBefore - 1, joinedDay + r.int(0, 60) + (f - 1) * r.int(365, 2000)),
        hens,
        houses: Array.from({ length: houses }, (_, h) => ({ index: h + 1, capacity: base })),
        feedKgPerHenDay: (feedGramsPerHenDay + r.uniform(-4, 4)) / 1000,
        deliveryWeekday: r.int(1, 6),
      });
    }
    members.push({
      memberId,
      name: `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`,
      citizenId: thaiId(r, r.pick([1, 3])),
      ...contactOf(r),
      joinedDay,
      farms,
    });
  }
  return members;
}

/** How a buyer negotiates and buys (DESIGN.md: channels that negotiate differently). */
export interface BuyerProfile {
  readonly partnerId: string;
  readonly name: string;
  readonly channel: BuyerChannel;
  readonly province: string;
  /** CONTRACT buyers negotiate a price for a period; SPOT buyers pay the day's price. */
  readonly basis: 'CONTRACT' | 'SPOT';
  readonly periodMonths: 1 | 3 | 6;
  /** Agreed (or spot) price against the reference ladder: a range drawn from per period. */
  readonly premium: readonly [number, number];
  /** How far under the agreed price the buyer's first offer starts, as a fraction of the ladder. */
  readonly toughness: readonly [number, number];
  readonly rounds: readonly [number, number];
  readonly failChance: number;
  /** Relative volume, and preference per size class 0 – 6 (0 = does not buy that size). */
  readonly volume: number;
  readonly sizes: readonly number[];
  /** Weekdays it takes deliveries (0 = Sunday). */
  readonly weekdays: readonly number[];
  readonly paymentDays: number;
  readonly method: 'TRANSFER' | 'CHEQUE' | 'CASH';
}

const EVERY_DAY_BUT_SUNDAY = [1, 2, 3, 4, 5, 6];

/** Up to ten buyers; the first `count` are used, so six buyers are the six largest channels. */
export const BUYER_PROFILES: readonly BuyerProfile[] = [
  {
    partnerId: 'B-LANNAMART',
    name: 'Lanna Fresh Mart (modern trade chain)',
    channel: 'MODERN_TRADE',
    province: 'Chiang Mai',
    basis: 'CONTRACT',
    periodMonths: 3,
    premium: [-0.06, -0.03],
    toughness: [0.06, 0.1],
    rounds: [4, 7],
    failChance: 0.1,
    volume: 0.22,
    sizes: [1, 1, 1, 0.8, 0, 0, 0],
    weekdays: EVERY_DAY_BUT_SUNDAY,
    paymentDays: 30,
    method: 'TRANSFER',
  },
  {
    partnerId: 'B-MUANGMAI',
    name: 'Muang Mai Market Wholesale',
    channel: 'WHOLESALER',
    province: 'Chiang Mai',
    basis: 'CONTRACT',
    periodMonths: 1,
    premium: [-0.015, 0.005],
    toughness: [0.02, 0.04],
    rounds: [2, 3],
    failChance: 0.05,
    volume: 0.25,
    sizes: [1, 1, 1, 1, 1, 1, 1],
    weekdays: EVERY_DAY_BUT_SUNDAY,
    paymentDays: 7,
    method: 'TRANSFER',
  },
  {
    partnerId: 'B-CMHOSP',
    name: 'Chiang Mai Hospital Catering',
    channel: 'INSTITUTION',
    province: 'Chiang Mai',
    basis: 'CONTRACT',
    periodMonths: 6,
    premium: [0.02, 0.05],
    toughness: [0.01, 0.03],
    rounds: [1, 3],
    failChance: 0.03,
    volume: 0.05,
    sizes: [0, 0, 1, 1, 0, 0, 0],
    weekdays: [1, 3, 5],
    paymentDays: 45,
    method: 'CHEQUE',
  },
  {
    partnerId: 'B-LPTRADER',
    name: 'Lamphun Egg Traders',
    channel: 'WHOLESALER',
    province: 'Lamphun',
    basis: 'SPOT',
    periodMonths: 1,
    premium: [-0.012, 0.008],
    toughness: [0, 0],
    rounds: [0, 0],
    failChance: 0,
    volume: 0.15,
    sizes: [1, 1, 1, 1, 1, 1, 1],
    weekdays: [1, 3, 5],
    paymentDays: 7,
    method: 'CASH',
  },
  {
    partnerId: 'B-DOIBAKERY',
    name: 'Doi Bakery & Egg Products',
    channel: 'PROCESSOR',
    province: 'Chiang Mai',
    basis: 'CONTRACT',
    periodMonths: 3,
    premium: [-0.06, -0.03],
    toughness: [0.03, 0.06],
    rounds: [2, 4],
    failChance: 0.05,
    volume: 0.08,
    sizes: [0, 0, 0, 0, 1, 1, 1],
    weekdays: [2, 5],
    paymentDays: 15,
    method: 'TRANSFER',
  },
  {
    partnerId: 'B-NORTHHYPER',
    name: 'Northern Hypermarket DC',
    channel: 'MODERN_TRADE',
    province: 'Chiang Mai',
    basis: 'CONTRACT',
    periodMonths: 3,
    premium: [-0.07, -0.04],
    toughness: [0.07, 0.11],
    rounds: [5, 8],
    failChance: 0.12,
    volume: 0.12,
    sizes: [1, 1, 1, 1, 0, 0, 0],
    weekdays: EVERY_DAY_BUT_SUNDAY,
    paymentDays: 45,
    method: 'TRANSFER',
  },
  {
    partnerId: 'B-HDMARKET',
    name: 'Hang Dong Fresh Market Shops',
    channel: 'RETAILER',
    province: 'Chiang Mai',
    basis: 'SPOT',
    periodMonths: 1,
    premium: [0.01, 0.03],
    toughness: [0, 0],
    rounds: [0, 0],
    failChance: 0,
    volume: 0.06,
    sizes: [1, 1, 1, 1, 1, 0, 0],
    weekdays: EVERY_DAY_BUT_SUNDAY,
    paymentDays: 0,
    method: 'CASH',
  },
  {
    partnerId: 'B-SCHOOLLUNCH',
    name: 'Saraphi School Lunch Programme',
    channel: 'INSTITUTION',
    province: 'Chiang Mai',
    basis: 'CONTRACT',
    periodMonths: 6,
    premium: [0.01, 0.03],
    toughness: [0.01, 0.02],
    rounds: [1, 2],
    failChance: 0.03,
    volume: 0.04,
    sizes: [0, 0, 0, 1, 1, 0, 0],
    weekdays: [1, 2, 3, 4, 5],
    paymentDays: 30,
    method: 'TRANSFER',
  },
  {
    partnerId: 'B-LANNAEXPORT',
    name: 'Lanna Export (Hong Kong)',
    channel: 'EXPORTER',
    province: 'Chiang Mai',
    basis: 'CONTRACT',
    periodMonths: 3,
    premium: [0.03, 0.06],
    toughness: [0.03, 0.05],
    rounds: [2, 4],
    failChance: 0.08,
    volume: 0.03,
    sizes: [1, 1, 0, 0, 0, 0, 0],
    weekdays: [4],
    paymentDays: 30,
    method: 'TRANSFER',
  },
  {
    partnerId: 'B-SPTWHOLESALE',
    name: 'San Pa Tong Egg Wholesale',
    channel: 'WHOLESALER',
    province: 'Chiang Mai',
    basis: 'SPOT',
    periodMonths: 1,
    premium: [-0.01, 0.01],
    toughness: [0, 0],
    rounds: [0, 0],
    failChance: 0,
    volume: 0.1,
    sizes: [1, 1, 1, 1, 1, 1, 1],
    weekdays: [2, 4, 6],
    paymentDays: 7,
    method: 'CASH',
  },
];

export interface SupplierProfile {
  readonly partnerId: string;
  readonly name: string;
  readonly province: string;
  /** Discount under the market price it quotes at. */
  readonly discount: readonly [number, number];
}

export const SUPPLIER_PROFILES: readonly SupplierProfile[] = [
  { partnerId: 'S-LANNAFEED', name: 'Lanna Feed Mill', province: 'Chiang Mai', discount: [0.03, 0.07] },
  { partnerId: 'S-PINGVALLEY', name: 'Ping Valley Agro Feed', province: 'Lamphun', discount: [0.02, 0.06] },
  { partnerId: 'S-NORTHSTAR', name: 'Northern Star Feedmill', province: 'Lampang', discount: [0.01, 0.06] },
];
