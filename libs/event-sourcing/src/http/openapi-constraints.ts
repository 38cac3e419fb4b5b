import { FREE_TEXT, NOT_BLANK_FREE_TEXT } from '@khai/contracts';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DECORATORS, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';

import { IDEMPOTENCY_KEY_PATTERN } from './command-context';
import { withWriteLinks } from './openapi-links';

/**
 * A business day as the server takes it: a real calendar day of the years 1000–9999 (`isBusinessDay`), which
 * `format: date` and this pattern say together.
 */
const BUSINESS_DAY = '^[1-9]\\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** Our own rules, as JSON Schema (class-validator's are converted by class-validator-jsonschema). */
const OUR_RULES = {
  isBusinessDate: { type: 'string' as const, format: 'date', pattern: BUSINESS_DAY },
  isIsoTimestamp: { type: 'string' as const, format: 'date-time', pattern: '^[1-9]\\d{3}-' },
  isNumberWithDecimals: { type: 'number' as const },
  isCitizenId: { type: 'string' as const, pattern: '^\\d{13}$' },
  isTaxId: { type: 'string' as const, pattern: '^\\d{13}$' },
  isFreeText: (meta: { constraints: boolean[] }) => ({
    type: 'string' as const,
    pattern: (meta.constraints[0] ? NOT_BLANK_FREE_TEXT : FREE_TEXT).source,
  }),
  // A bound says nothing of the type: `@IsInt() @Min(0)` stays an integer (the library's own say `number`).
  min: (meta: { constraints: number[] }) => ({ minimum: meta.constraints[0] }),
  max: (meta: { constraints: number[] }) => ({ maximum: meta.constraints[0] }),
};

/** The keywords of a constraint: what a request must hold, which Swagger's own schemas leave out. */
const CONSTRAINTS = [
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'format',
] as const;

interface Schema {
  [keyword: string]: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  additionalProperties?: boolean;
}

type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[] };

/**
 * The OpenAPI document of an application, saying what the server enforces: each property's constraints from its
 * class-validator rules (types, patterns, ranges, lengths, list sizes, whether it is required), in request bodies
 * and in query and path parameters alike, and `additionalProperties: false` on bodies (unknown fields are refused);
 * headers as the server reads them; links from each write to the operations on what it wrote (openapi-links.ts).
 * Swagger's own keywords (enums, descriptions, examples) are kept.
 */
export function createApiDocument(app: INestApplication, config: Omit<OpenAPIObject, 'paths'>): OpenAPIObject {
  declareRulesToSwagger(app);
  return withWriteLinks(closedBodies(headersAsRead(SwaggerModule.createDocument(app, config))));
}

/**
 * Writes the rules of every validated class into the property metadata Swagger makes schemas and parameters from:
 * query and path parameters are inlined from their classes, so the document alone could not be matched to them.
 */
function declareRulesToSwagger(app: INestApplication): void {
  for (const target of routeClasses(app)) {
    const rules = targetConstructorToSchema(target, { additionalConverters: OUR_RULES }) as Schema;
    for (const [property, rule] of Object.entries(rules.properties ?? {})) {
      const declared = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target.prototype as object, property) as
        Record<string, unknown> | undefined;
      if (!declared) continue;
      const enforced: Record<string, unknown> = { ...declared, required: rules.required?.includes(property) ?? false };
      const item = declared['isArray'] === true ? rule.items : rule;
      if (item?.['type'] === 'integer' && (declared['type'] === Number || declared['type'] === 'number'))
        enforced['type'] = 'integer';
      for (const keyword of CONSTRAINTS) {
        if (rule[keyword] !== undefined && declared[keyword] === undefined) enforced[keyword] = rule[keyword];
      }
      Reflect.defineMetadata(DECORATORS.API_MODEL_PROPERTIES, enforced, target.prototype as object, property);
    }
  }
}

/**
 * The classes the routes take (bodies, query and path parameter classes, from each handler's parameter types) and
 * those they hold (Swagger's `type` of each property), with their base classes: all through public metadata.
 */
function routeClasses(app: INestApplication): (abstract new () => unknown)[] {
  const found = new Set<abstract new () => unknown>();
  const visit = (type: unknown): void => {
    if (Array.isArray(type)) return type.forEach(visit);
    if (typeof type !== 'function' || found.has(type as abstract new () => unknown)) return;
    const cls = type as abstract new () => unknown;
    if (!(cls.prototype instanceof Object) || cls === Object || cls === Array) return;
    found.add(cls);
    const base: unknown = Object.getPrototypeOf(cls);
    if (base !== Function.prototype) visit(base);
    const properties = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, cls.prototype as object) ??
      []) as string[];
    for (const key of properties) {
      const declared = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, cls.prototype as object, key.slice(1)) as
        { type?: unknown } | undefined;
      const type = declared?.type;
      visit(typeof type === 'function' && !isClass(type) ? (type as () => unknown)() : type);
    }
  };
  for (const module of app.get(ModulesContainer).values()) {
    for (const controller of module.controllers.values()) {
      const prototype = (controller.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        visit(Reflect.getMetadata('design:paramtypes', prototype, method));
      }
    }
  }
  return [...found];
}

/** A class, rather than a function that returns one (Swagger's lazy `type: () => X`). */
const isClass = (f: unknown): boolean =>
  typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f));

/**
 * `additionalProperties: false` on every schema of a validated class, and the rules of a list's items, which
 * Swagger's property metadata cannot carry. A schema is matched to its class by name, as Swagger names them.
 */
function closedBodies(document: OpenAPIObject): OpenAPIObject {
  const rules = validationMetadatasToSchemas({ additionalConverters: OUR_RULES }) as Record<string, Schema>;
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const [name, schema] of Object.entries(schemas)) {
    const validated = rules[name];
    if (!validated?.properties || !schema.properties) continue;
    schema.additionalProperties = false;
    for (const [property, target] of Object.entries(schema.properties)) {
      const items = validated.properties[property]?.items;
      if (items && target.items && !('$ref' in target.items)) addConstraints(target.items, items);
    }
  }
  return document;
}

function addConstraints(target: Schema, rule: Schema): void {
  if (rule['type'] === 'integer' && target['type'] === 'number') target['type'] = 'integer';
  for (const keyword of CONSTRAINTS) {
    if (rule[keyword] !== undefined && target[keyword] === undefined)
      Object.assign(target, { [keyword]: rule[keyword] });
  }
}

/**
 * Headers as the server reads them. One declaration per header, the last: names of headers are case-insensitive,
 * and Swagger declares a header for each `@Headers('name')` parameter, always required, before the route's own
 * `@ApiHeader` saying what it is. And an `Idempotency-Key`, wherever it is declared, with the form it must have.
 */
function headersAsRead(document: OpenAPIObject): OpenAPIObject {
  const name = (p: Parameter) => (p.in === 'header' ? p.name.toLowerCase() : undefined);
  for (const byMethod of Object.values(document.paths)) {
    for (const operation of Object.values(byMethod as Record<string, Operation>)) {
      if (!Array.isArray(operation.parameters)) continue;
      operation.parameters = operation.parameters.filter(
        (p, i, all) => name(p) === undefined || !all.slice(i + 1).some((later) => name(later) === name(p)),
      );
      for (const parameter of operation.parameters) {
        if (name(parameter) === 'idempotency-key')
          parameter.schema = { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source };
      }
    }
  }
  return document;
}
