import { InMemoryEventStore } from '@khai/event-sourcing';

import { parseArgs, runGenerator } from './cli';

describe('the generator CLI', () => {
  it('reads its options', () => {
    expect(parseArgs(['--years', '5', '--seed', '42', '--memory', '--start', '2022-01-01'])).toMatchObject({
      years: 5,
      seed: 42,
      memory: true,
      startDate: '2022-01-01',
      synchronous: 'NORMAL',
    });
    expect(() => parseArgs(['--years', 'five'])).toThrow('--years must be a whole number');
    expect(() => parseArgs(['--colour', 'red'])).toThrow('unknown option');
  });

  it('generates into the store it is given and reports what it wrote', async () => {
    const lines: string[] = [];
    const store = new InMemoryEventStore();
    const code = await runGenerator(['--years', '1', '--members', '6', '--buyers', '6', '--suppliers', '2'], {
      log: (line) => lines.push(line),
      openStore: () => store,
    });
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^[\d,]+ events in [\d,]+ streams/);
    expect(lines.some((l) => l.includes('LotGraded'))).toBe(true);
  });

  it('answers 2 on bad arguments and 1 on a refusal', async () => {
    const lines: string[] = [];
    expect(await runGenerator(['--years'], { log: (l) => lines.push(l) })).toBe(2);
    expect(await runGenerator(['--years', '0', '--memory'], { log: (l) => lines.push(l) })).toBe(1);
    expect(lines.join('\n')).toContain('years must be a whole number from 1 to 30');
  });
});
