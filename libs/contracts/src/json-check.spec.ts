import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { checkJson, MAX_JSON_DEPTH } from './json-check';
import { Line, Order } from './validated-order.fixture';

const json = (text: string) => JSON.parse(text) as unknown;
const fields = (text: string) => {
  const checked = checkJson(Order, json(text));
  return checked.ok ? [] : checked.errors.map((e) => e.field);
};
/** What the libraries alone make of a body: the reason for each refusal below that they do not make. */
const librariesAccept = (text: string) =>
  validateSync(plainToInstance(Order, json(text)), { whitelist: true, forbidNonWhitelisted: true }).length === 0;

describe('checkJson', () => {
  it('builds the class and its nested classes, inherited fields included', () => {
    const checked = checkJson(Order, json('{"id":"SO-1","lines":[{"eggs":3},{"eggs":0}]}'));
    expect(checked.ok).toBe(true);
    const order = (checked as { instance: Order }).instance;
    expect(order).toBeInstanceOf(Order);
    expect(order.id).toBe('SO-1');
    expect(order.lines[1]).toBeInstanceOf(Line);
    expect(order.lines.map((l) => l.eggs)).toEqual([3, 0]);
  });

  it("reports unknown fields by their path and every rule's errors, as class-validator words them", () => {
    const checked = checkJson(Order, json('{"id":7,"lines":[{"eggs":-1,"x":2}],"extra":1}'));
    expect(checked.ok).toBe(false);
    const errors = checked.ok ? [] : checked.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'extra', messages: ['property extra should not exist'] },
        { field: 'lines.0.x', messages: ['property x should not exist'] },
        { field: 'lines.0.eggs', messages: ['eggs must not be less than 0'] },
        { field: 'id', messages: ['id must be a string'] },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  // class-transformer drops these fields without a word, so class-validator never sees them.
  it.each([
    ['{"id":"SO-1","lines":[],"valueOf":1}', 'valueOf'],
    ['{"id":"SO-1","lines":[],"toString":"x"}', 'toString'],
    ['{"id":"SO-1","lines":[],"constructor":{"a":1}}', 'constructor'],
    ['{"id":"SO-1","lines":[],"__proto__":{"polluted":true}}', '__proto__'],
    ['{"id":"SO-1","lines":[{"eggs":1,"hasOwnProperty":2}]}', 'lines.0.hasOwnProperty'],
  ])('refuses a field named like an Object.prototype member: %s', (text, field) => {
    expect(checkJson(Order, json(text))).toEqual({
      ok: false,
      errors: [{ field, messages: [`property ${field.split('.').pop() ?? ''} should not exist`] }],
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(librariesAccept(text)).toBe(true);
  });

  it('refuses a list inside a list of objects, which class-validator looks through', () => {
    const text = '{"id":"SO-1","lines":[{"eggs":1},[{"eggs":2}]]}';
    expect(librariesAccept(text)).toBe(true);
    expect(checkJson(Order, json(text))).toEqual({
      ok: false,
      errors: [{ field: 'lines.1', messages: ['a list inside a list is not accepted'] }],
    });
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels at once, however deep, with the path where it starts`, () => {
    for (const depth of [3_000, 200_000]) {
      const lists = `{"id":"SO-1","lines":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      expect(fields(lists)).toEqual([`lines${'.0'.repeat(MAX_JSON_DEPTH - 1)}`]);
      const objects = `{"id":"SO-1","lines":[${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}]}`;
      expect(fields(objects)).toEqual([`lines.0${'.a'.repeat(MAX_JSON_DEPTH - 2)}`]);
    }
    expect(() => librariesAccept(`{"id":"SO-1","lines":${'['.repeat(3_000)}${']'.repeat(3_000)}}`)).toThrow(RangeError);
  });

  it(`reads a body nested ${MAX_JSON_DEPTH} levels deep, not one more`, () => {
    const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    // The body, its lines, a line: 3 levels.
    const body = (levels: number) => `{"id":"SO-1","lines":[{"eggs":1,"a":${nested(levels)}}]}`;
    expect(fields(body(MAX_JSON_DEPTH - 3))).toEqual(['lines.0.a']);
    expect(fields(body(MAX_JSON_DEPTH - 2))).toEqual([`lines.0${'.a'.repeat(MAX_JSON_DEPTH - 2)}`]);
  });

  it('refuses a body that is not an object', () => {
    for (const text of ['[]', '"x"', '1', 'null']) {
      expect(checkJson(Order, json(text))).toEqual({
        ok: false,
        errors: [{ field: '', messages: ['the body must be a JSON object'] }],
      });
    }
  });
});
