/**
 * Thai 13-digit citizen id (เลขประจำตัวประชาชน). The 13th digit checks the first
 * twelve: (11 − Σ dᵢ × (14 − i) mod 11) mod 10. Tax ids use the same rule.
 */
export function isValidCitizenId(id: string): boolean {
  return /^\d{13}$/.test(id) && citizenIdCheckDigit(id.slice(0, 12)) === Number(id.charAt(12));
}

/** The check digit for the first twelve digits. */
export function citizenIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12.charAt(i)) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/**
 * Personal data (PDPA): outside the member's own views, show only the first and
 * the last digit, in the usual 1-4-5-2-1 grouping: `1-XXXX-XXXXX-XX-1`.
 */
export function maskCitizenId(id: string): string {
  if (!/^\d{13}$/.test(id)) return 'X-XXXX-XXXXX-XX-X';
  return `${id.charAt(0)}-XXXX-XXXXX-XX-${id.charAt(12)}`;
}

/** A Thai tax id (เลขประจำตัวผู้เสียภาษี): 13 digits under the same check-digit rule. */
export const isValidTaxId: (id: string) => boolean = isValidCitizenId;
