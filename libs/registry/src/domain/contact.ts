/**
 * How the cooperative reaches a member and pays them: a Thai phone number and a bank account. Both are personal
 * data (PDPA): sealed in the log under the member's key, shown whole only to the member, managers and admins.
 */

/**
 * The banks a cooperative pays its members into, by their usual short code (the codes of Thai interbank
 * transfers' bank lists): the agricultural and state banks first, where most farmers bank.
 */
export const THAI_BANKS = [
  'BAAC', // ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.)
  'GSB', // ธนาคารออมสิน
  'KTB', // ธนาคารกรุงไทย
  'BBL', // ธนาคารกรุงเทพ
  'KBANK', // ธนาคารกสิกรไทย
  'SCB', // ธนาคารไทยพาณิชย์
  'BAY', // ธนาคารกรุงศรีอยุธยา
  'TTB', // ธนาคารทหารไทยธนชาต
  'GHB', // ธนาคารอาคารสงเคราะห์
  'UOB', // ธนาคารยูโอบี
  'CIMBT', // ธนาคารซีไอเอ็มบี ไทย
  'KKP', // ธนาคารเกียรตินาคินภัทร
  'LHB', // ธนาคารแลนด์ แอนด์ เฮ้าส์
  'ISBT', // ธนาคารอิสลามแห่งประเทศไทย
] as const;

export type ThaiBank = (typeof THAI_BANKS)[number];

/** A member's bank account: the bank, and the account number as digits only. */
export type BankAccount = { readonly bank: string; readonly number: string };

/** A Thai phone number as written to us: 0 and 8–9 digits (0812345678, 053123456), or +66 and 8–9 digits. */
export const THAI_PHONE = /^(?:0|\+66)[1-9]\d{7,8}$/;

/** A bank account number: 10 digits at the commercial banks, 12 at BAAC and GSB (11 at a few), no dashes. */
export const BANK_ACCOUNT_NUMBER = /^\d{10,12}$/;

/** The number in the national form the log keeps (0 and 8–9 digits); undefined when it is not a Thai number. */
export function normalisedThaiPhone(phone: string): string | undefined {
  if (!THAI_PHONE.test(phone)) return undefined;
  return phone.startsWith('+66') ? `0${phone.slice(3)}` : phone;
}

export function isThaiBank(bank: string): bank is ThaiBank {
  return (THAI_BANKS as readonly string[]).includes(bank);
}

export function isValidBankAccount(account: BankAccount): boolean {
  return isThaiBank(account.bank) && BANK_ACCOUNT_NUMBER.test(account.number);
}

/**
 * Outside the member's own views (PDPA): the first two digits and the last four, as the number is grouped —
 * `08x-xxx-5678` for a mobile (10 digits), `05-xxx-3456` for a landline (9 digits).
 */
export function maskPhone(phone: string): string {
  if (/^0\d{9}$/.test(phone)) return `${phone.slice(0, 2)}x-xxx-${phone.slice(6)}`;
  if (/^0\d{8}$/.test(phone)) return `${phone.slice(0, 2)}-xxx-${phone.slice(5)}`;
  return 'xxx-xxx-xxxx';
}

/**
 * Outside the member's own views (PDPA), as Thai banks print it on slips: of a 10-digit account (grouped 3-1-5-1)
 * the four digits before the last, `xxx-x-x1234-x`; of a longer one the last four, `xxxxxxxx1234`.
 */
export function maskBankAccountNumber(number: string): string {
  if (/^\d{10}$/.test(number)) return `xxx-x-x${number.slice(5, 9)}-x`;
  if (BANK_ACCOUNT_NUMBER.test(number)) return `${'x'.repeat(number.length - 4)}${number.slice(-4)}`;
  return 'xxx-x-xxxxx-x';
}
