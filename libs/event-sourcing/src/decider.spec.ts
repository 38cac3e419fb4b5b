import { sameFacts } from './decider';

describe('sameFacts', () => {
  it('ignores key order and absent-versus-undefined, at any depth', () => {
    expect(sameFacts({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
    expect(sameFacts({ a: 1, note: undefined }, { a: 1 })).toBe(true);
  });

  it('tells different values, array orders and extra fields apart', () => {
    expect(sameFacts({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameFacts({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameFacts({ a: 1 }, { a: 1, b: null })).toBe(false);
  });
});
