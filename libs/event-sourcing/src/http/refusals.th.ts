import { formatThb } from '@khai/contracts';

import { FEED_TH } from './refusals/feed.th';
import { MARKET_TH } from './refusals/market.th';
import { PLATFORM_TH } from './refusals/platform.th';
import { PRODUCTION_TH } from './refusals/production.th';
import { PARTNER_KIND_TH, REGISTRY_TH } from './refusals/registry.th';
import { SALES_TH } from './refusals/sales.th';
import { SETTLEMENT_TH } from './refusals/settlement.th';
import type { ThaiRefusals } from './refusals/thai-refusal';

/**
 * Refusals in Thai, by code. The errors say what happened in English, with the facts in their details; the edge
 * answers a client that prefers Thai with the Thai title and a detail filled in from those facts. A code with no
 * entry, or whose facts no template of its entry finds, stays in English. Validation errors (400) have their own
 * catalogue (messages.ts): their messages are class-validator's.
 */
export const REFUSALS_TH: ThaiRefusals = {
  ...PLATFORM_TH,
  ...REGISTRY_TH,
  ...PRODUCTION_TH,
  ...SALES_TH,
  ...FEED_TH,
  ...SETTLEMENT_TH,
  ...MARKET_TH,
};

/** Every part of the catalogue, to check that no code is in two. */
export const REFUSALS_TH_PARTS: readonly ThaiRefusals[] = [
  PLATFORM_TH,
  REGISTRY_TH,
  PRODUCTION_TH,
  SALES_TH,
  FEED_TH,
  SETTLEMENT_TH,
  MARKET_TH,
];

type Format = (value: unknown) => string | undefined;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const count = new Intl.NumberFormat('th-TH');
const words =
  (thai: Readonly<Record<string, string>>): Format =>
  (value) =>
    typeof value === 'string' ? (Object.hasOwn(thai, value) ? thai[value] : value) : undefined;
/** Each item of a list by `item`, or nothing when one cannot be shown. */
const each =
  (item: (value: Readonly<Record<string, unknown>>) => string | undefined): Format =>
  (value) => {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    const shown = value.map((v) => (isRecord(v) ? item(v) : undefined));
    return shown.every((s) => s !== undefined) ? shown.join(', ') : undefined;
  };
const baht: Format = (value) => (isNumber(value) ? formatThb(value) : undefined);

const plain: Format = (value) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.join(', ');
  return undefined;
};

/** How a fact is shown: `{key}` plainly (a list joined by commas), `{key:format}` by one of these. */
export const FORMATS: Readonly<Record<string, Format>> = {
  plain,
  /** A count, grouped (12,000). */
  n: (value) => (isNumber(value) ? count.format(value) : undefined),
  /** Satang, in baht (฿3.80). */
  baht,
  kind: words(PARTNER_KIND_TH),
  stage: words({ GRADED: 'คัดแล้วยังไม่แพ็ก', PACKED: 'แพ็กแล้วยังไม่จัดสรร' }),
  orderStatus: words({ none: 'ยังไม่ได้ยืนยัน', confirmed: 'ยืนยันแล้ว', cancelled: 'ถูกยกเลิกแล้ว' }),
  negotiationStatus: words({
    none: 'ยังไม่ได้เปิด',
    open: 'ยังเจรจาอยู่',
    agreed: 'ตกลงราคาแล้ว',
    concluded: 'ได้ข้อสรุปแล้ว',
    failed: 'ปิดไปโดยไม่ได้ข้อตกลง',
  }),
  shipmentStatus: words({
    planned: 'อยู่ในขั้นวางแผน',
    allocated: 'จัดสรรไข่แล้ว',
    refused: 'ถูกปฏิเสธแล้ว (ไข่แพ็กแล้วไม่พอ)',
    dispatched: 'ส่งออกไปแล้ว',
    delivered: 'ผู้ซื้อรับแล้ว',
  }),
  /** `[{ size, satangPerEgg }]`: เบอร์ 2 ฟองละ ฿3.80. */
  prices: each((p) => (isNumber(p.satangPerEgg) ? `เบอร์ ${plain(p.size)} ฟองละ ${baht(p.satangPerEgg)}` : undefined)),
  /** `[{ size, satangPerEgg, agreedSatangPerEgg }]`: the price given and the one agreed. */
  priceLines: each((l) =>
    isNumber(l.satangPerEgg) && isNumber(l.agreedSatangPerEgg)
      ? `เบอร์ ${plain(l.size)} ฟองละ ${baht(l.satangPerEgg)} (ตกลงไว้ ${baht(l.agreedSatangPerEgg)})`
      : undefined,
  ),
  /** `[{ size, trays, orderedTrays }]`: the trays shipped and those ordered. */
  overOrdered: each((s) =>
    isNumber(s.trays) && isNumber(s.orderedTrays)
      ? `เบอร์ ${plain(s.size)} ${s.trays} ถาด (สั่ง ${s.orderedTrays} ถาด)`
      : undefined,
  ),
  /** `[{ lotId, collectedOn }]`. */
  lots: each((l) =>
    typeof l.lotId === 'string' && typeof l.collectedOn === 'string' ? `${l.lotId} (เก็บ ${l.collectedOn})` : undefined,
  ),
};

/** `{key}`, `{key.inner}` or `{key:format}` in a template. */
export const PLACEHOLDER = /\{([A-Za-z]\w*(?:\.\w+)*)(?::(\w+))?\}/g;

function filled(template: string, facts: Readonly<Record<string, unknown>>): string | undefined {
  let complete = true;
  const text = template.replace(PLACEHOLDER, (_, path: string, format: string | undefined) => {
    const value = path.split('.').reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), facts);
    const name = format ?? 'plain';
    const shown =
      value === undefined || value === null || !Object.hasOwn(FORMATS, name) ? undefined : FORMATS[name]?.(value);
    if (shown === undefined) complete = false;
    return shown ?? '';
  });
  return complete ? text : undefined;
}

/**
 * The Thai title and detail of a refusal, its detail filled in from `facts` (the error's details, and the
 * problem's `instance`) by the first template whose facts are all there; undefined when there is none.
 */
export function refusalInThai(
  code: string,
  facts: Readonly<Record<string, unknown>>,
): { readonly title: string; readonly detail: string } | undefined {
  const entry = Object.hasOwn(REFUSALS_TH, code) ? REFUSALS_TH[code] : undefined;
  if (!entry) return undefined;
  for (const template of typeof entry.detail === 'string' ? [entry.detail] : entry.detail) {
    const detail = filled(template, facts);
    if (detail !== undefined) return { title: entry.title, detail };
  }
  return undefined;
}
