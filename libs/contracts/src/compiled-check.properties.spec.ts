import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';

import { compileCheck, NoExactSchema } from './compiled-check';
import { ID_PATTERN } from './edge-formats';
import { checkJson } from './json-check';
import { INBOUND_TOPICS, MESSAGE_ID, type MessageClass, TOPICS } from './kafka';

/**
 * For any JSON a partner may send, a message class's compiled check (ajv, compileCheck) accepts it if and only if
 * checkJson (the shape check, class-transformer and class-validator) accepts it, and builds the same instance. The
 * bodies are valid messages with a few fields changed: to values at and around each bound, list size, pattern,
 * allowed value and calendar edge the classes declare, to null, removed, or to any JSON.
 */
const base = { messageId: 'm-1', occurredAt: '2026-12-07T10:00:00+07:00', schemaVersion: 1 };
const SAMPLES: Readonly<Record<string, Record<string, unknown>>> = {
  BuyerOfferMessage: {
    ...base,
    kind: 'OFFER',
    buyerId: 'B-1',
    negotiationId: 'N-1',
    roundId: 'R-1',
    offeredOn: '2026-10-02',
    prices: [{ size: 2, satangPerEgg: 340 }],
    eggsPerWeek: 36_000,
  },
  BuyerOrderMessage: {
    ...base,
    buyerId: 'B-1',
    orderId: 'SO-1',
    negotiationId: 'N-1',
    orderedOn: '2026-11-20',
    deliveryOn: '2026-11-26',
    lines: [
      { size: 2, trays: 66, satangPerEgg: 365 },
      { size: 0, trays: 1, satangPerEgg: 1 },
    ],
  },
  BuyerDeliveryMessage: {
    ...base,
    buyerId: 'B-1',
    shipmentId: 'SH-1',
    deliveredOn: '2026-11-26',
    recount: [{ size: 2, trays: 66 }],
    claims: [{ reason: 'BROKEN', size: 2, eggs: 30, amountSatang: 1000 }],
  },
  BuyerPaymentMessage: {
    ...base,
    buyerId: 'B-1',
    orderId: 'SO-1',
    paymentId: 'P-1',
    paidOn: '2026-11-30',
    amountSatang: 100_000,
    method: 'TRANSFER',
  },
  SupplierQuoteMessage: {
    ...base,
    supplierId: 'SUP-1',
    negotiationId: 'FN-1',
    quoteId: 'Q-1',
    pricePerKgSatang: 1450,
    volumeKg: 100_000,
    quotedOn: '2026-10-05',
    validUntil: '2026-10-31',
  },
  SupplierDeliveryNoteMessage: {
    ...base,
    supplierId: 'SUP-1',
    contractId: 'FC-1',
    deliveryId: 'D-1',
    orderId: 'FO-1',
    farmId: 'F-1',
    memberId: 'M-1',
    feedType: 'LAYER_COMPLETE',
    kg: 2000,
    deliveredOn: '2026-11-03',
  },
  SupplierInvoiceMessage: {
    ...base,
    supplierId: 'SUP-1',
    invoiceId: 'I-1',
    contractId: 'FC-1',
    contractPricePerKgSatang: 1450,
    deliveryIds: ['D-1', 'D-2'],
    invoicedOn: '2026-11-05',
    dueOn: '2026-12-05',
    lines: [{ deliveryId: 'D-1', kg: 2000, pricePerKgSatang: 1450, amountSatang: 2_900_000 }],
    vatSatang: 203_000,
    totalSatang: 3_103_000,
  },
  CoopPaymentMessage: {
    ...base,
    kind: 'REMITTANCE',
    partnerId: 'SUP-1',
    paymentId: 'P-1',
    paidOn: '2026-11-30',
    amountSatang: 100_000,
    orderId: 'SO-1',
    method: 'CASH',
    invoiceId: 'I-1',
    outstandingSatang: 0,
  },
};

/** Every message class with a compiled check: the inbound ones, and any other that compiles. */
const compiled = Object.values(TOPICS)
  .map((t): MessageClass => t.message)
  .filter((cls) => {
    try {
      compileCheck(cls);
      return true;
    } catch (error) {
      if (error instanceof NoExactSchema) return false;
      throw error;
    }
  });

/** A property's rules' constraints (class-validator's metadata): its bounds and list sizes, its allowed values. */
function constraintsOf(cls: new () => object, property: string): { bounds: number[]; allowed: unknown[] } {
  const constraints = getMetadataStorage()
    .getTargetValidationMetadatas(cls, '', true, false)
    .filter((rule) => rule.propertyName === property)
    .flatMap((rule) => (rule.constraints ?? []) as unknown[]);
  return {
    bounds: constraints.filter((c): c is number => typeof c === 'number'),
    allowed: constraints.filter(Array.isArray).flat() as unknown[],
  };
}

const propertiesOf = (cls: new () => object) => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(cls, '', true, false)
      .map((r) => r.propertyName),
  ),
];

const two = (n: number) => String(n).padStart(2, '0');
/** Days and timestamps, real or near one: months 00–13, days 00–32, years around 1000 and leap years. */
const day = fc
  .tuple(
    fc.constantFrom(999, 1000, 1900, 2000, 2023, 2024, 2026, 9999),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`);
const timestamp = fc
  .tuple(
    day,
    fc.constantFrom('T', ' '),
    fc.integer({ min: 0, max: 24 }),
    fc.integer({ min: 0, max: 60 }),
    fc.constantFrom('', '.5', '.123'),
    fc.constantFrom('Z', '', '+07:00', '-23:59', '+24:00', '+0700'),
  )
  .map(([d, sep, h, m, fraction, offset]) => `${d}${sep}${two(h)}:${two(m)}:00${fraction}${offset}`);
const text = fc.oneof(
  fc.stringMatching(ID_PATTERN),
  fc.stringMatching(MESSAGE_ID),
  fc.constantFrom('', ' ', '-1', '.a', 'a'.repeat(64), 'a'.repeat(65), 'a'.repeat(128), 'a'.repeat(129), 'ไข่'),
  day,
  timestamp,
  fc.string({ maxLength: 8 }),
);
const anyNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1e-7, 2 ** 53, 2 ** 53 + 2, 1e21),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/**
 * A new value for a field of an object of class `cls`: mostly at and around the field's own bounds and allowed
 * values, lists of its first element as long as its sizes allow and one more, else any text, number or JSON.
 */
function valueFor(cls: new () => object, property: string, current: unknown): fc.Arbitrary<unknown> {
  const { bounds, allowed } = constraintsOf(cls, property);
  const near = [
    ...bounds.flatMap((b) => [b - 1, b - 0.5, b, b + 0.5, b + 1]),
    ...allowed.flatMap((v) =>
      typeof v === 'number' ? [v - 1, v, v + 1] : typeof v === 'string' ? [v, v.toLowerCase(), `${v} `] : [v],
    ),
  ];
  const element: unknown = Array.isArray(current) ? current[0] : undefined;
  const sizes = [0, 1, 2, ...bounds.filter((b) => b >= 0 && b <= 300).flatMap((b) => [b - 1, b, b + 1])];
  const list = fc
    .oneof(fc.constantFrom(...sizes.filter((n) => n >= 0)), fc.nat(8))
    .map((n) => Array.from({ length: n }, () => structuredClone(element)));
  return fc.oneof(
    { weight: near.length > 0 ? 4 : 0, arbitrary: fc.constantFrom(...(near.length > 0 ? near : [null])) },
    { weight: element === undefined ? 0 : 12, arbitrary: list },
    { weight: 2, arbitrary: text },
    { weight: 2, arbitrary: anyNumber },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, {}, [], [null], [[]], [{}]) },
    { weight: 1, arbitrary: fc.array(fc.oneof(text, anyNumber, fc.constant(element ?? null)), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

/** The body and every object in its lists, with the class each is built as (checkJson's instance says). */
function objectsOf(json: Record<string, unknown>, instance: object): [Record<string, unknown>, new () => object][] {
  const nested = Object.entries(json).flatMap(([property, v]) => {
    const built = (instance as Record<string, unknown>)[property];
    return Array.isArray(v) && Array.isArray(built)
      ? v.flatMap((e, i) =>
          typeof e === 'object' && e !== null && !Array.isArray(e) ? [[e, (built[i] as object).constructor]] : [],
        )
      : [];
  }) as [Record<string, unknown>, new () => object][];
  return [[json, instance.constructor as new () => object], ...nested];
}

/** A change of one field of one of the objects: a new value, or removed. */
interface Change {
  readonly where: number;
  readonly key: string;
  readonly value?: unknown;
}

function changesOf(sample: Record<string, unknown>, instance: object): fc.Arbitrary<Change[]> {
  const targets = objectsOf(sample, instance);
  const change = fc.nat(targets.length - 1).chain((where) => {
    const [object, cls] = targets[where] as [Record<string, unknown>, new () => object];
    const key = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...propertiesOf(cls)) },
      { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'valueOf', 'x', '') },
    );
    return key.chain((k) =>
      fc.oneof(
        { weight: 1, arbitrary: fc.constant<Change>({ where, key: k }) },
        { weight: 5, arbitrary: valueFor(cls, k, object[k]).map((value): Change => ({ where, key: k, value })) },
      ),
    );
  });
  return fc.array(change, { maxLength: 3 });
}

describe('a compiled check accepts exactly what checkJson accepts', () => {
  it('covers every inbound message class, each with a sample', () => {
    expect(INBOUND_TOPICS.map((t) => t.message).filter((cls) => !compiled.includes(cls))).toEqual([]);
    expect(compiled.map((cls) => cls.name).filter((name) => !SAMPLES[name])).toEqual([]);
  });

  it.each(compiled.map((cls) => [cls.name, cls] as const))('%s', (name, cls) => {
    const check = compileCheck(cls);
    const sample = SAMPLES[name] ?? {};
    const instance = checkJson(cls, structuredClone(sample));
    if (!instance.ok) throw new Error(`the sample ${name} is not valid: ${JSON.stringify(instance.errors)}`);
    const seen = { accepted: 0, refused: 0 };
    const body = changesOf(sample, instance.instance).map((changes) => {
      const json = structuredClone(sample);
      const targets = objectsOf(json, instance.instance);
      for (const c of changes) {
        const [target] = targets[c.where] as [Record<string, unknown>, unknown];
        if (!('value' in c)) delete target[c.key];
        // Defined, not assigned: `__proto__` becomes a key, as JSON.parse makes it.
        else
          Object.defineProperty(target, c.key, {
            value: c.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return JSON.stringify(json);
    });
    fc.assert(
      fc.property(body, (text) => {
        const built = check(JSON.parse(text));
        const checked = checkJson(cls, JSON.parse(text));
        expect(built !== undefined).toBe(checked.ok);
        if (checked.ok) expect(built).toStrictEqual(checked.instance);
        seen[checked.ok ? 'accepted' : 'refused']++;
      }),
      { numRuns: 1000 },
    );
    // Both answers were put to the test.
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
  });
});
