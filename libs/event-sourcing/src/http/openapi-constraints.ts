import { DAY_PATTERN } from '@khai/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

/** Our own rules, as JSON Schema (class-validator's are converted by class-validator-jsonschema). */
const OUR_RULES = {
  isBusinessDate: { type: 'string' as const, format: 'date', pattern: DAY_PATTERN.source },
  isIsoTimestamp: { type: 'string' as const, format: 'date-time' },
  isNumberWithDecimals: { type: 'number' as const },
  isCitizenId: { type: 'string' as const, pattern: '^\\d{13}$' },
  isTaxId: { type: 'string' as const, pattern: '^\\d{13}$' },
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
  additionalProperties?: boolean;
}

/**
 * Puts into the document's request schemas what the server enforces: each
 * property's constraints from its class-validator rules (patterns, ranges,
 * lengths, list sizes) and `additionalProperties: false` (unknown fields are
 * refused). A schema is matched to its class by name, as Swagger names them.
 * Swagger's own keywords (types, enums, descriptions, examples) are kept.
 */
export function withValidationConstraints(document: OpenAPIObject): OpenAPIObject {
  const rules = validationMetadatasToSchemas({ additionalConverters: OUR_RULES }) as Record<string, Schema>;
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const [name, schema] of Object.entries(schemas)) {
    const validated = rules[name];
    if (!validated?.properties || !schema.properties) continue;
    schema.additionalProperties = false;
    for (const [property, target] of Object.entries(schema.properties)) {
      const rule = validated.properties[property];
      if (rule) addConstraints(target, rule);
    }
  }
  return document;
}

function addConstraints(target: Schema, rule: Schema): void {
  if ('$ref' in target) return; // a nested class: its own schema gets its constraints
  for (const keyword of CONSTRAINTS) {
    if (rule[keyword] !== undefined && target[keyword] === undefined)
      Object.assign(target, { [keyword]: rule[keyword] });
  }
  if (rule.items && target.items) addConstraints(target.items, rule.items);
}
