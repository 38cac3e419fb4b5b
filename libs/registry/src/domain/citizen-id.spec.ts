import fc from 'fast-check';

import { citizenIdCheckDigit, isValidCitizenId, maskCitizenId } from './citizen-id';

describe('Thai citizen id', () => {
  it('accepts an id whose 13th digit checks the first twelve', () => {
    expect(isValidCitizenId('1234567890121')).toBe(true);
    expect(isValidCitizenId('3100600123450')).toBe(true);
  });

  it('computes a check digit of 0 when the remainder is 1', () => {
    expect(citizenIdCheckDigit('100000000005')).toBe(0);
    expect(isValidCitizenId('1000000000050')).toBe(true);
  });

  it.each([
    ['a wrong check digit', '1234567890122'],
    ['12 digits', '123456789012'],
    ['14 digits', '12345678901210'],
    ['dashes', '1-2345-67890-12-1'],
    ['a letter', '12345678901a1'],
    ['nothing', ''],
  ])('refuses %s', (_, id) => {
    expect(isValidCitizenId(id)).toBe(false);
  });

  it('has exactly one valid check digit for any twelve digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (first12) => {
        const valid = [...'0123456789'].filter((d) => isValidCitizenId(first12 + d));
        expect(valid).toEqual([String(citizenIdCheckDigit(first12))]);
      }),
    );
  });

  it('masks all but the first and last digit', () => {
    expect(maskCitizenId('1234567890121')).toBe('1-XXXX-XXXXX-XX-1');
  });

  it('masks a malformed id entirely rather than leak part of it', () => {
    expect(maskCitizenId('12345')).toBe('X-XXXX-XXXXX-XX-X');
  });
});
