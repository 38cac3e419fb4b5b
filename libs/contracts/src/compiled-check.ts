import Ajv, { type SchemaObject } from 'ajv';
import { Type } from 'class-transformer';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  ArrayMaxSize,
  ArrayMinSize,
  getMetadataStorage,
  IS_ARRAY,
  IS_IN,
  IS_INT,
  IS_OPTIONAL,
  IsArray,
  MATCHES,
  MAX,
  MIN,
  ValidateNested,
  ValidationTypes,
} from 'class-validator';

import { IS_BUSINESS_DATE, IS_ISO_TIMESTAMP, isBusinessDay, isIsoTimestamp } from './edge-formats';
import { MAX_JSON_DEPTH } from './json-check';

/*
 * A class's class-validator rules compiled, through public APIs, into one JSON Schema that ajv turns into a
 * function: a valid message is checked and built in a few µs where class-validator takes tens (json-check.ts).
 * The schema must accept exactly what checkJson accepts; a rule it cannot say exactly keeps its class out.
 */

type Class = abstract new () => object;

/** A class-validator rule with no exact JSON Schema here: its class is checked by class-validator alone. */
export class NoExactSchema extends Error {
  override readonly name = 'NoExactSchema';
}

/** The element class of each list declared with ListOf, by declaring class and property. */
const LIST_ELEMENTS = new WeakMap<Class, Map<string, new () => object>>();

/**
 * A list of nested objects, each built as `element` and checked by its rules: `@IsArray`, `@ArrayMinSize(min)`,
 * `@ArrayMaxSize(max)`, `@ValidateNested({ each: true })` and `@Type(() => element)` as one. It also records the
 * element class where compileCheck finds it (class-transformer keeps `@Type` in a storage it does not export).
 */
export function ListOf(element: new () => object, size: { min?: number; max: number }): PropertyDecorator {
  return (target, property) => {
    if (typeof property !== 'string') throw new Error('ListOf names a property');
    const owner = target.constructor as Class;
    const lists = LIST_ELEMENTS.get(owner) ?? new Map<string, new () => object>();
    lists.set(property, element);
    LIST_ELEMENTS.set(owner, lists);
    const stacked = [
      IsArray(),
      ...(size.min ? [ArrayMinSize(size.min)] : []),
      ArrayMaxSize(size.max),
      ValidateNested({ each: true }),
      Type(() => element),
    ];
    // Applied as stacked decorators are, the last first: class-validator lists a field's errors in this order.
    for (const rule of stacked.reverse()) rule(target, property);
  };
}

/**
 * Each class-validator rule the messages use, as the JSON Schema that accepts exactly the JSON values the rule
 * accepts (checkJson's values: fresh from `JSON.parse`). Known by name, as class-validator keys its errors, so a
 * decorator that takes a built-in rule's name keeps its meaning (MatchesPattern's `matches` is `@Matches`'s).
 * Every schema names a type, so an absent property fails it as it fails the rule. One difference, on the strict
 * side: a JSON number too large for a double reads as Infinity, which `@Min` alone takes and `type: number`
 * refuses; a schema that refuses only sends the message on to class-validator.
 */
const RULES: Readonly<Record<string, (constraints: readonly unknown[]) => SchemaObject>> = {
  [IS_INT]: () => ({ type: 'integer' }),
  [MIN]: ([min]) => ({ type: 'number', minimum: finite(min) }),
  [MAX]: ([max]) => ({ type: 'number', maximum: finite(max) }),
  [IS_IN]: ([values]) => ({ enum: primitives(values) }),
  [MATCHES]: ([pattern, modifiers]) => {
    // ajv builds `new RegExp(source)` (unicodeRegExp: false below): the same expression when it has no flags.
    if (!(pattern instanceof RegExp) || pattern.flags !== '' || modifiers !== undefined)
      throw new NoExactSchema(`a pattern with flags or modifiers: ${String(pattern)}`);
    return { type: 'string', pattern: pattern.source };
  },
  [IS_ARRAY]: () => ({ type: 'array' }),
  [ARRAY_MIN_SIZE]: ([min]) => ({ type: 'array', minItems: count(min) }),
  [ARRAY_MAX_SIZE]: ([max]) => ({ type: 'array', maxItems: count(max) }),
  // Our own rules call these very functions.
  [IS_BUSINESS_DATE]: () => ({ type: 'string', format: IS_BUSINESS_DATE }),
  [IS_ISO_TIMESTAMP]: () => ({ type: 'string', format: IS_ISO_TIMESTAMP }),
};

function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new NoExactSchema(`a bound ${String(value)}`);
  return value;
}

function count(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new NoExactSchema(`a list size ${String(value)}`);
  return value as number;
}

/** `@IsIn` compares with `===`, as ajv's `enum` does for these (JSON holds no NaN, and -0 === 0 in both). */
function primitives(values: unknown): unknown[] {
  const isPrimitive = (v: unknown) =>
    v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
  if (!Array.isArray(values) || values.length === 0 || !values.every(isPrimitive))
    throw new NoExactSchema(`a list of allowed values ${String(values)}`);
  return [...new Set(values)];
}

/**
 * `each: true`, as class-validator applies it: to every element of a list, or to the value itself when it is not
 * one. Nested rules are applied so always. Not a rule that takes a list: checkJson refuses lists inside lists.
 */
function each(schema: SchemaObject): SchemaObject {
  if (schema['type'] === 'array') throw new NoExactSchema('a list rule for each element: a list inside a list');
  return { if: { type: 'array' }, then: { items: schema }, else: schema };
}

interface Rule {
  readonly type: string;
  readonly name?: string;
  readonly target: Class | string;
  readonly propertyName: string;
  readonly constraints: readonly unknown[];
  readonly each?: boolean;
  readonly groups?: readonly string[];
  readonly always?: boolean;
  readonly validateIf?: unknown;
}

/**
 * The JSON Schema of a class's class-validator rules (own and inherited, as `validateSync` finds them), for a value
 * fresh from `JSON.parse` checked with `whitelist` and `forbidNonWhitelisted`: `additionalProperties: false`,
 * `@IsOptional` as "absent, null, or as the rules say", nested classes inlined. Throws NoExactSchema for a rule
 * with no exact equivalent here, so that its class is not checked by a schema that would accept more.
 */
export function jsonSchemaOf(cls: Class, nesting: readonly Class[] = []): SchemaObject {
  if (nesting.includes(cls)) throw new NoExactSchema(`${cls.name} nests itself`);
  // An object, a list and an object for each nesting: checkJson's shape check refuses deeper values.
  if (2 * nesting.length + 1 > MAX_JSON_DEPTH) throw new NoExactSchema(`${cls.name} is nested too deep`);
  const rules = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false) as readonly Rule[];
  if (rules.length === 0) throw new NoExactSchema(`${cls.name} has no rules`);
  const byProperty = new Map<string, Rule[]>();
  for (const rule of rules) byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  for (const [property, own] of byProperty) {
    // The shape check refuses such a field (json-check.ts), whatever its rules.
    if (property in Object.prototype) throw new NoExactSchema(`${cls.name}.${property}: named like Object's`);
    let optional = false;
    const parts: SchemaObject[] = [];
    for (const rule of own) {
      if ((rule.groups?.length ?? 0) > 0 || rule.always !== undefined || rule.validateIf !== undefined)
        throw new NoExactSchema(`${cls.name}.${property}: a rule with groups, always or validateIf`);
      if (rule.type === ValidationTypes.CONDITIONAL_VALIDATION && rule.name === IS_OPTIONAL) optional = true;
      else if (rule.type === ValidationTypes.NESTED_VALIDATION)
        parts.push(each(jsonSchemaOf(elementOf(cls, rule), [...nesting, cls])));
      else if (rule.type === ValidationTypes.CUSTOM_VALIDATION && rule.name !== undefined && rule.name in RULES) {
        const part = (RULES[rule.name] as (typeof RULES)[string])(rule.constraints ?? []);
        parts.push(rule.each ? each(part) : part);
      } else throw new NoExactSchema(`${cls.name}.${property}: the rule ${rule.name ?? rule.type}`);
    }
    // With no rule a field would take any value, however nested, which the shape check may refuse.
    if (parts.length === 0) throw new NoExactSchema(`${cls.name}.${property}: no rule but @IsOptional`);
    const all = parts.length === 1 ? (parts[0] as SchemaObject) : { allOf: parts };
    // class-validator skips every rule of an optional property that is null or absent.
    properties[property] = optional ? { anyOf: [{ type: 'null' }, all] } : all;
    if (!optional) required.push(property);
  }
  return { type: 'object', properties, required, additionalProperties: false };
}

function elementOf(cls: Class, rule: Rule): new () => object {
  const element = typeof rule.target === 'string' ? undefined : LIST_ELEMENTS.get(rule.target)?.get(rule.propertyName);
  if (!element) throw new NoExactSchema(`${cls.name}.${rule.propertyName}: a nested rule not declared with ListOf`);
  return element;
}

const ajv = new Ajv({
  // Patterns as the rules test them: `new RegExp(source)`, not with the `u` flag ajv adds by default.
  unicodeRegExp: false,
  // A rule's schema names its own type; several on one property (allOf) are not merged.
  strictTypes: false,
})
  .addFormat(IS_BUSINESS_DATE, { type: 'string', validate: isBusinessDay })
  .addFormat(IS_ISO_TIMESTAMP, { type: 'string', validate: isIsoTimestamp });

/** Builds a value the schema accepted as its class, as `plainToInstance` does with it. */
type Build<T> = (json: Record<string, unknown>) => T;

/**
 * A class's check by its compiled JSON Schema (jsonSchemaOf): the instance when the schema accepts a value fresh
 * from `JSON.parse`, undefined when it refuses it (then class-validator says why). Throws NoExactSchema.
 */
export function compileCheck<T extends object>(cls: new () => T): (json: unknown) => T | undefined {
  const validate = ajv.compile(jsonSchemaOf(cls));
  const build = builder(cls);
  return (json) => (validate(json) ? build(json as Record<string, unknown>) : undefined);
}

/**
 * What `plainToInstance` makes of a value the schema accepted: the class's instance holding the JSON's fields, each
 * ListOf list built of its element class (the schema let nothing else through: no unknown field, no nested object
 * elsewhere), in a tenth of its time. A class-transformer decorator other than ListOf's `@Type` would be missed
 * here: compiled-check.properties.spec.ts holds the two to the same instances.
 */
function builder<T extends object>(cls: new () => T): Build<T> {
  const lists = new Map<string, new () => object>();
  // A list declared again in a subclass is the subclass's, as for class-validator.
  for (const c of ancestors(cls))
    for (const [property, element] of LIST_ELEMENTS.get(c) ?? [])
      if (!lists.has(property)) lists.set(property, element);
  const builds = [...lists].map(([property, element]) => [property, builder(element)] as const);
  return (json) => {
    const instance = Object.assign(new cls(), json);
    for (const [property, build] of builds) {
      const list = json[property];
      if (Array.isArray(list)) (instance as Record<string, unknown>)[property] = list.map(build);
    }
    return instance;
  };
}

function* ancestors(cls: Class): Generator<Class> {
  for (let c: unknown = cls; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c))
    yield c as Class;
}
