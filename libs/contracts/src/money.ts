/** Money is integer satang (1 THB = 100 satang); never a float in storage. */
export type Satang = number;

const thb = new Intl.NumberFormat('th-TH', { style: 'currency', currency: 'THB' });

export function formatThb(satang: Satang): string {
  return thb.format(satang / 100);
}

export function isSatang(value: unknown): value is Satang {
  return Number.isSafeInteger(value);
}
