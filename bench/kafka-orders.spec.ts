import { whileCoresThere } from './kafka-orders';

describe('whileCoresThere', () => {
  // Two seconds of warm-up, then five measured seconds of orders.
  const bySecond = [[10], [20, 21], [30], [40], [50]];

  it('keeps every second when the hypervisor took nothing', () => {
    expect(whileCoresThere(bySecond, [0, 0, 0, 0, 0, 0, 0], 2)).toEqual({
      latencies: [10, 20, 21, 30, 40, 50],
      seconds: 5,
    });
  });

  it('drops a second with cores taken in it, in the second after it, or in the three before it', () => {
    // Measured second 2 is index 4 of the shares: taken there drops measured second 1 (the second after it),
    // 2 (itself) and 3 and 4 (the three after it); 0 stays.
    expect(whileCoresThere(bySecond, [0, 0, 0, 0, 30, 0, 0], 2)).toEqual({ latencies: [10], seconds: 1 });
    // Taken in the warm-up's first second (index 0): within the three seconds before measured seconds 0 and 1.
    expect(whileCoresThere(bySecond, [30, 0, 0, 0, 0, 0, 0], 2)).toEqual({ latencies: [30, 40, 50], seconds: 3 });
  });

  it('counts a share at the limit as taken', () => {
    expect(whileCoresThere([[1], [2]], [0, 10], 0)).toEqual({ latencies: [], seconds: 0 });
    expect(whileCoresThere([[1], [2]], [0, 9], 0)).toEqual({ latencies: [1, 2], seconds: 2 });
  });
});
