import type { FieldCondition, FindOptions, ReadModelOp, Scalar } from './read-model-store.port';

/**
 * The query semantics every adapter follows, written down once for the
 * in-memory adapter and checked against MongoDB-wire servers by the contract
 * suite: they are MongoDB's for top-level scalar fields.
 * - equality is strict (`1` does not match `'1'`); `null` also matches a missing field;
 * - a range only matches values of its bound's type (numbers with numbers, strings with strings);
 * - sorting orders missing/null < numbers < strings < booleans; ties fall back to `_id`.
 */
export function matches(doc: Readonly<Record<string, unknown>>, where: FindOptions['where']): boolean {
  if (!where) return true;
  for (const [field, condition] of Object.entries(where)) {
    if (!holds(doc[field], condition)) return false;
  }
  return true;
}

function holds(value: unknown, condition: FieldCondition): boolean {
  if (condition === null || typeof condition !== 'object') return equal(value, condition);
  if (condition.in !== undefined && !condition.in.some((c) => equal(value, c))) return false;
  if (condition.gte !== undefined && !(sameType(value, condition.gte) && value >= condition.gte)) return false;
  if (condition.gt !== undefined && !(sameType(value, condition.gt) && value > condition.gt)) return false;
  if (condition.lte !== undefined && !(sameType(value, condition.lte) && value <= condition.lte)) return false;
  if (condition.lt !== undefined && !(sameType(value, condition.lt) && value < condition.lt)) return false;
  return true;
}

function equal(value: unknown, expected: Scalar): boolean {
  if (expected === null) return value === null || value === undefined;
  return value === expected;
}

function sameType<T extends string | number>(value: unknown, bound: T): value is T {
  return typeof value === typeof bound;
}

/** BSON's order of the types a read model stores. */
function typeRank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (typeof value === 'boolean') return 4;
  return 3;
}

export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

export function comparator(
  sort: FindOptions['sort'],
): (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) => number {
  const keys = [...(sort ?? []), ['_id', 1] as const];
  return (a, b) => {
    for (const [field, direction] of keys) {
      const order = compareValues(a[field], b[field]);
      if (order !== 0) return order * direction;
    }
    return 0;
  };
}

/**
 * One op per document: the one of the highest position (the later of equals), where the document first appears. A
 * batch may touch a document several times; only its last state needs writing.
 *
 * Keyed by collection, then id: no key string is built per op (a batch of the runner holds each document once, and
 * joining collection and id into a new key for each of its ops was a tenth of an in-memory write).
 */
export function latestOps(ops: readonly ReadModelOp[]): ReadModelOp[] {
  const latest = new Map<string, Map<string, ReadModelOp>>();
  let repeated = false;
  for (const op of ops) {
    let docs = latest.get(op.collection);
    if (!docs) latest.set(op.collection, (docs = new Map<string, ReadModelOp>()));
    const seen = docs.get(op.id);
    if (seen) repeated = true;
    if (!seen || seen.position <= op.position) docs.set(op.id, op);
  }
  if (!repeated) return [...ops];
  const result: ReadModelOp[] = [];
  for (const op of ops) {
    const docs = latest.get(op.collection) as Map<string, ReadModelOp>;
    const chosen = docs.get(op.id);
    if (chosen === undefined) continue;
    result.push(chosen);
    docs.delete(op.id);
  }
  return result;
}
