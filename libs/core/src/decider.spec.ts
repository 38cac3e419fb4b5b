import { requireDistinct, sameFacts } from './decider';
import { InvariantViolated } from './errors';

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

describe('requireDistinct', () => {
  it('passes keys that are each there once', () => {
    expect(() => requireDistinct([], 'duplicate_size_class', 'each size once')).not.toThrow();
    expect(() => requireDistinct([0, 1, '1'], 'duplicate_size_class', 'each size once')).not.toThrow();
  });

  it('refuses a key given twice with a 422 of the rule’s code and message', () => {
    const refusal = (() => {
      try {
        requireDistinct(['L1', 'L2', 'L1'], 'duplicate_lot_id', 'each lot may be named once');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(InvariantViolated);
    expect(refusal).toMatchObject({ status: 422, code: 'duplicate_lot_id', message: 'each lot may be named once' });
  });
});
