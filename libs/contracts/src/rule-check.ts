import { getMetadataStorage, ValidationTypes } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Rule = ReturnType<Storage['getTargetValidationMetadatas']>[number];
// A class, as class-validator names it.
type Target = abstract new (...args: never[]) => unknown;
type Fields = Record<string, unknown>;

interface Constraint {
  readonly validate: (value: unknown, args: unknown) => unknown;
}

/** The checks of one property: whether to look at all, the value's own rules, and whether to go into it. */
interface PropertyCheck {
  readonly property: string;
  readonly conditions: readonly Rule[];
  readonly rules: readonly {
    readonly rule: Rule;
    readonly constraints: readonly Constraint[];
    readonly args: Arguments;
  }[];
  readonly nested: boolean;
}

/**
 * class-validator's validation arguments, one object per rule, filled for each check: a check runs to its end
 * before the next (constraints are synchronous; nested objects are looked into after the rules), and allocating
 * them per value was a tenth of what a Kafka message's validation allocated (docs/benchmarks.md).
 */
interface Arguments {
  targetName: string;
  readonly property: string;
  object: object | undefined;
  value: unknown;
  readonly constraints: unknown[];
}

/** The checks of one class, or null where a rule is beyond `passesRules` (the caller asks class-validator). */
const checks = new WeakMap<Target, readonly PropertyCheck[] | null>();

/**
 * Whether `validateSync(instance)` (no groups, no options) would find nothing
 * wrong, without building its error tree: class-validator allocates an error
 * object, filtered rule lists and validation arguments for every property of
 * every object it checks, about two thirds of a Kafka message's validation
 * (docs/benchmarks.md). The same rules run, class-validator's own constraint
 * instances with the same arguments, in the same cases: conditions
 * (`@IsOptional`, `@ValidateIf`), `@IsDefined`, `each`, nested objects and
 * arrays by the class of each value. Only `true` is an answer a caller acts on
 * alone; on `false` it asks class-validator for the errors, and `undefined`
 * means a rule is beyond this (asynchronous, groups, `always`, promises).
 */
export function passesRules(instance: object): boolean | undefined {
  try {
    return passes(instance);
  } catch (error) {
    if (error === BEYOND) return undefined;
    throw error;
  }
}

/** Thrown (one object, never seen outside) when a rule is beyond passesRules. */
const BEYOND = new Error('a rule beyond passesRules');

function passes(object: object): boolean {
  const properties = checksOf(object.constructor as Target);
  // No rules at all: class-validator refuses an unknown value.
  if (properties.length === 0) return false;
  const fields = object as Fields;
  for (const check of properties) {
    if (!passesProperty(fields, fields[check.property], check)) return false;
  }
  return true;
}

function passesProperty(object: Fields, value: unknown, check: PropertyCheck): boolean {
  for (const condition of check.conditions) {
    if (!(condition.constraints[0] as (o: object, v: unknown) => boolean)(object, value)) return true;
  }
  for (const { rule, constraints, args } of check.rules) {
    if (rule.validateIf && !rule.validateIf(object, value)) continue;
    args.targetName = object.constructor.name;
    args.object = object;
    args.value = value;
    const each = rule.each && (Array.isArray(value) || value instanceof Set || value instanceof Map);
    const valid = each
      ? passesEach([...(value instanceof Map ? value.values() : (value as Iterable<unknown>))], constraints, args)
      : passesAll(value, constraints, args);
    args.object = args.value = undefined;
    if (!valid) return false;
  }
  return !check.nested || value === undefined || passesNested(value);
}

function passesAll(value: unknown, constraints: readonly Constraint[], args: Arguments): boolean {
  for (const constraint of constraints) {
    const valid = constraint.validate(value, args);
    if (valid instanceof Promise) throw BEYOND;
    if (!valid) return false;
  }
  return true;
}

function passesEach(values: readonly unknown[], constraints: readonly Constraint[], args: Arguments): boolean {
  return values.every((value) => passesAll(value, constraints, args));
}

/** `@ValidateNested`: arrays, sets and maps element by element; objects by their own class; anything else fails. */
function passesNested(value: unknown): boolean {
  if (Array.isArray(value) || value instanceof Set || value instanceof Map) {
    const elements = value instanceof Set ? [...value] : value instanceof Map ? [...value.values()] : value;
    // An element left undefined is not looked into, as a property left undefined is not.
    return elements.every((element: unknown) => element === undefined || passesNested(element));
  }
  return value instanceof Object && passes(value);
}

function checksOf(target: Target): readonly PropertyCheck[] {
  let known = checks.get(target);
  if (known === undefined) {
    known = compile(target);
    checks.set(target, known);
  }
  if (known === null) throw BEYOND;
  return known;
}

function compile(target: Target): readonly PropertyCheck[] | null {
  const storage = getMetadataStorage();
  const rules = storage.getTargetValidationMetadatas(target, undefined as unknown as string, false, false, undefined);
  if (rules.some((rule) => rule.always || (rule.groups?.length ?? 0) > 0)) return null;
  const byProperty = storage.groupByPropertyName(rules);
  const compiled: PropertyCheck[] = [];
  for (const [property, own] of Object.entries(byProperty)) {
    if (own.some((rule) => rule.type === ValidationTypes.PROMISE_VALIDATION)) return null;
    const custom = own.filter(
      (rule) => rule.type === ValidationTypes.IS_DEFINED || rule.type === ValidationTypes.CUSTOM_VALIDATION,
    );
    const withConstraints = [];
    for (const rule of custom) {
      const found = storage.getTargetValidatorConstraints(rule.constraintCls);
      if (found.some((c) => c.async)) return null;
      withConstraints.push({
        rule,
        constraints: found.map((c) => c.instance as Constraint),
        args: {
          targetName: '',
          property: rule.propertyName,
          object: undefined,
          value: undefined,
          constraints: rule.constraints,
        },
      });
    }
    compiled.push({
      property,
      conditions: own.filter((rule) => rule.type === ValidationTypes.CONDITIONAL_VALIDATION),
      rules: withConstraints,
      nested: own.some((rule) => rule.type === ValidationTypes.NESTED_VALIDATION),
    });
  }
  return compiled;
}
