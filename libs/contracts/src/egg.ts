/**
 * Egg sizes by Thai Agricultural Standard TAS 6702-2553 (เบอร์ 0–5), plus เบอร์ 6
 * as used in trade price lists. Weight thresholds are configuration, not code.
 */
export const SIZE_CLASSES = [0, 1, 2, 3, 4, 5, 6] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const SIZE_CLASS_NAMES_TH: Record<SizeClass, string> = {
  0: 'ไข่ยักษ์',
  1: 'ใหญ่พิเศษ',
  2: 'ใหญ่',
  3: 'กลาง',
  4: 'เล็ก',
  5: 'จิ๋ว',
  6: 'เบอร์ 6',
};

/** Why an egg is not sold as graded (ไข่ร้าว, ไข่บุบ, …). */
export const REJECT_REASONS = [
  'CRACKED',
  'DENTED',
  'BROKEN',
  'DIRTY',
  'SOFT_SHELL',
  'MISSHAPEN',
  'BLOOD_SPOT',
  'UNDERSIZE',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** แผง: a tray holds 30 eggs. */
export const EGGS_PER_TRAY = 30;
