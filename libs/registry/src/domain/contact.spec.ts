import { isValidBankAccount, maskBankAccountNumber, maskPhone, normalisedThaiPhone, THAI_BANKS } from './contact';

describe('a member’s contact', () => {
  it('keeps a Thai phone number in its national form, from either form', () => {
    expect(normalisedThaiPhone('0812345678')).toBe('0812345678');
    expect(normalisedThaiPhone('+66812345678')).toBe('0812345678');
    expect(normalisedThaiPhone('053123456')).toBe('053123456');
    expect(normalisedThaiPhone('+6653123456')).toBe('053123456');
    for (const phone of ['812345678', '0812-345678', '+660812345678', '08123456789', '0012345678', '', '+1812345678']) {
      expect({ phone, national: normalisedThaiPhone(phone) }).toEqual({ phone, national: undefined });
    }
  });

  it('masks a phone to its first two digits and last four', () => {
    expect(maskPhone('0812345678')).toBe('08x-xxx-5678');
    expect(maskPhone('053123456')).toBe('05-xxx-3456');
    expect(maskPhone('(erased)')).toBe('xxx-xxx-xxxx');
  });

  it('masks a bank account number as Thai banks print it', () => {
    expect(maskBankAccountNumber('1234567890')).toBe('xxx-x-x6789-x');
    expect(maskBankAccountNumber('020123456789')).toBe('xxxxxxxx6789');
    expect(maskBankAccountNumber('12345678901')).toBe('xxxxxxx8901');
    expect(maskBankAccountNumber('(erased)')).toBe('xxx-x-xxxxx-x');
  });

  it('knows the Thai banks, BAAC (ธ.ก.ส.) among them, and account numbers of 10–12 digits', () => {
    expect(THAI_BANKS).toEqual(expect.arrayContaining(['BAAC', 'GSB', 'KTB', 'KBANK', 'SCB', 'BBL']));
    expect(isValidBankAccount({ bank: 'BAAC', number: '020123456789' })).toBe(true);
    expect(isValidBankAccount({ bank: 'baac', number: '020123456789' })).toBe(false);
    expect(isValidBankAccount({ bank: 'KTB', number: '123456789' })).toBe(false);
    expect(isValidBankAccount({ bank: 'KTB', number: '1234567890123' })).toBe(false);
  });
});
