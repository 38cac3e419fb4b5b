import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  let now: number;
  let throttle: SignInThrottle;
  beforeEach(() => {
    now = Date.parse('2026-06-01T08:00:00Z');
    throttle = new SignInThrottle({ freeFailures: 5, maxWaitMs: 60_000, capacity: 3, clock: () => new Date(now) });
  });
  const fail = (username: string, times: number) => {
    for (let i = 0; i < times; i++) throttle.failed(username);
  };

  it('lets five failures by, then doubles the wait after each further one, up to the longest', () => {
    fail('noi', 5);
    expect(throttle.waitFor('noi')).toBe(0);
    const waits = [];
    for (let i = 0; i < 8; i++) {
      throttle.failed('noi');
      waits.push(throttle.waitFor('noi'));
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('counts down with the clock, per username whatever its case, and forgets the failures on a success', () => {
    fail('Noi', 7);
    expect(throttle.waitFor('noi')).toBe(2000);
    expect(throttle.waitFor('somsri')).toBe(0);
    now += 1500;
    expect(throttle.waitFor('NOI')).toBe(500);
    now += 500;
    expect(throttle.waitFor('noi')).toBe(0);
    throttle.succeeded('noi');
    fail('noi', 5);
    expect(throttle.waitFor('noi')).toBe(0);
  });

  it('remembers at most its capacity of usernames, forgetting the least recently failed', () => {
    for (const name of ['a1', 'b1', 'c1']) fail(name, 6);
    fail('a1', 1);
    fail('d1', 6);
    expect(['a1', 'b1', 'c1', 'd1'].map((name) => throttle.waitFor(name) > 0)).toEqual([true, false, true, true]);
  });
});
