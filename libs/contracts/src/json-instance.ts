import { TransformationType } from 'class-transformer';
import type { MetadataStorage as TransformerStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

// class-transformer keeps its @Type metadata in a module of its own, not exported from the package's index.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformer = (require('class-transformer/cjs/storage') as { defaultMetadataStorage: TransformerStorage })
  .defaultMetadataStorage;

// A class, as both libraries name it.
type Target = abstract new (...args: never[]) => unknown;
type Constructor = new () => Record<string, unknown>;

/** A field that is not the class's: `field` is its path (`lines.0.note`), as class-validator names it. */
export interface UnknownField {
  readonly field: string;
  readonly message: string;
}

/**
 * How to build one class from JSON, worked out once: the properties it allows
 * (those with validation rules, class-validator's whitelist) and the classes of
 * its nested ones (`@Type`).
 */
interface Plan {
  readonly create: Constructor;
  readonly allowed: ReadonlySet<string>;
  readonly nested: ReadonlyMap<string, Plan>;
}

const plans = new WeakMap<Target, Plan | null>();

/**
 * `plainToInstance(cls, json)` and `validateSync`'s `whitelist` +
 * `forbidNonWhitelisted` check, in one walk, for a body fresh from `JSON.parse`.
 *
 * class-transformer 0.5.1 looks up every decorator kind for every key of every
 * object it builds, walking the class's ancestors each time: 17 µs of a buyer
 * order's 45 µs parse, more than the validation itself (docs/benchmarks.md). A
 * class built from validation rules and `@Type(() => Class)` alone — what the
 * Kafka contracts use — is planned once here; its instances are the same:
 * `new cls()`, each known key's value, nested classes built alike. A field
 * with no rule is reported, not copied, as class-validator would report it,
 * and `__proto__` or `constructor` keys are reported too (class-transformer
 * drops the first silently and throws a TypeError on the second in a nested
 * plain object).
 *
 * Returns `undefined` for a class that uses anything else (`@Expose`,
 * `@Exclude`, `@Transform`, discriminators, a `@Type` to a primitive or
 * collection, a rule on an accessor) or has no rules: the caller uses the
 * libraries.
 */
export function jsonToInstance<T>(
  cls: Target,
  json: Record<string, unknown>,
): { readonly instance: T; readonly unknown: UnknownField[] } | undefined {
  const plan = planOf(cls);
  if (!plan) return undefined;
  const unknown: UnknownField[] = [];
  return { instance: build(plan, json, '', unknown) as T, unknown };
}

function build(plan: Plan, json: Record<string, unknown>, path: string, unknown: UnknownField[]): unknown {
  const instance = new plan.create();
  for (const key of Object.keys(json)) {
    if (!plan.allowed.has(key)) {
      unknown.push({ field: path + key, message: `property ${key} should not exist` });
      continue;
    }
    const nested = plan.nested.get(key);
    const value = json[key];
    instance[key] = nested === undefined ? value : buildValue(nested, value, `${path}${key}.`, unknown);
  }
  return instance;
}

/** A `@Type` property's value: objects become the class, arrays are built element by element, the rest is kept. */
function buildValue(plan: Plan, value: unknown, path: string, unknown: UnknownField[]): unknown {
  if (Array.isArray(value)) return value.map((element, i) => buildValue(plan, element, `${path}${i}.`, unknown));
  if (typeof value === 'object' && value !== null) {
    return build(plan, value as Record<string, unknown>, path, unknown);
  }
  return value;
}

const NOT_CLASSES = new Set<unknown>([String, Number, Boolean, Date, Buffer, Map, Set, Array, Object, Promise]);

function planOf(cls: Target): Plan | undefined {
  const known = plans.get(cls);
  if (known !== undefined) return known ?? undefined;
  // Set first, as "cannot": a class nested in itself is left to the libraries.
  plans.set(cls, null);
  const plan = makePlan(cls);
  plans.set(cls, plan ?? null);
  return plan;
}

function makePlan(cls: Target): Plan | undefined {
  const create = cls as unknown as Constructor;
  if (transformer.getStrategy(cls) !== 'none') return undefined;
  if (transformer.getExposedMetadatas(cls).length > 0 || transformer.getExcludedMetadatas(cls).length > 0) {
    return undefined;
  }
  // The rules class-validator applies to an instance with no groups and `always` unset, grouped by property.
  const storage = getMetadataStorage();
  const rules = storage.groupByPropertyName(
    storage.getTargetValidationMetadatas(cls, undefined as unknown as string, false, false, undefined),
  );
  const allowed = new Set(Object.keys(rules).filter((key) => (rules[key]?.length ?? 0) > 0));
  // No rules at all: class-validator refuses the object as an unknown value; the libraries say so.
  if (allowed.size === 0) return undefined;
  const sample = new create();
  const nested = new Map<string, Plan>();
  for (const key of allowed) {
    if (Object.getOwnPropertyDescriptor(create.prototype, key) !== undefined) return undefined;
    if (typeof sample[key] === 'function') return undefined;
    if (transformer.findTransformMetadatas(cls, key, TransformationType.PLAIN_TO_CLASS).length > 0) return undefined;
    const type = transformer.findTypeMetadata(cls, key);
    if (!type) continue;
    if (type.options?.discriminator || type.typeFunction.length > 0 || type.reflectedType === Set) return undefined;
    if (type.reflectedType === Map) return undefined;
    const target = type.typeFunction() as unknown;
    if (typeof target !== 'function' || NOT_CLASSES.has(target)) return undefined;
    if (!rules[key]?.some((rule) => rule.type === ValidationTypes.NESTED_VALIDATION)) return undefined;
    const inner = planOf(target as Target);
    if (!inner) return undefined;
    nested.set(key, inner);
  }
  return { create, allowed, nested };
}
