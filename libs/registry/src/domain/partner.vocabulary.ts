/**
 * The cluster map's vocabulary (2019 cluster workshop): who a partner is, and where
 * on the chain it sits — ต้นน้ำ / กลางน้ำ / ปลายน้ำ, plus the support ring
 * (banks such as BAAC/ธ.ก.ส., government departments, universities).
 */
export const PARTNER_KINDS = [
  'FEED_SUPPLIER',
  'PULLET_SUPPLIER',
  'BUYER',
  'PROCESSOR',
  'FINANCIAL_INSTITUTION',
  'GOVERNMENT_AGENCY',
  'UNIVERSITY',
  'OTHER',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** How a buyer takes our eggs to market; only buyers have one. */
export const BUYER_CHANNELS = [
  'WHOLESALER',
  'RETAILER',
  'MODERN_TRADE',
  'INSTITUTION',
  'PROCESSOR',
  'EXPORTER',
] as const;
export type BuyerChannel = (typeof BUYER_CHANNELS)[number];

export const CHAIN_STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM', 'SUPPORT'] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];

const DEFAULT_STAGE: Readonly<Record<PartnerKind, ChainStage>> = {
  FEED_SUPPLIER: 'UPSTREAM',
  PULLET_SUPPLIER: 'UPSTREAM',
  PROCESSOR: 'MIDSTREAM',
  BUYER: 'DOWNSTREAM',
  FINANCIAL_INSTITUTION: 'SUPPORT',
  GOVERNMENT_AGENCY: 'SUPPORT',
  UNIVERSITY: 'SUPPORT',
  OTHER: 'SUPPORT',
};

/** Where a partner of this kind sits on the map unless told otherwise. */
export function defaultChainStage(kind: PartnerKind): ChainStage {
  return DEFAULT_STAGE[kind];
}
