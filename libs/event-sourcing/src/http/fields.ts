import { ID_PATTERN, IsBusinessDate, IsFreeText, IsWhole, MatchesPattern } from '@khai/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** What a field tells a reader of the OpenAPI document; `optional`: a request may leave it out. */
export interface FieldDoc {
  readonly example?: unknown;
  readonly description?: string;
  readonly default?: unknown;
  readonly optional?: boolean;
}

type Class = abstract new () => unknown;

/**
 * A field of a request body or of its parameters, declared once: what the OpenAPI document says of it and the
 * rules the server checks. The rules' own constraints (pattern, range, lengths, list sizes) are written into the
 * document from the rules (openapi-constraints.ts), so a field never states a bound twice.
 */
export function Field(
  doc: FieldDoc & {
    readonly type?: Class | [Class] | [StringConstructor];
    readonly enum?: readonly (string | number)[];
  },
  ...rules: PropertyDecorator[]
): PropertyDecorator {
  const { optional = false, enum: values, ...property } = doc;
  const documented = values === undefined ? property : { ...property, enum: [...values] };
  return applyDecorators(
    optional ? ApiPropertyOptional(documented) : ApiProperty(documented),
    ...(optional ? [IsOptional()] : []),
    ...rules,
  );
}

/** An id the client chooses (`ID_PATTERN`: M017, L20261124-F01). */
export const IdField = (doc: FieldDoc = {}): PropertyDecorator => Field(doc, MatchesPattern(ID_PATTERN));

/** A business day, YYYY-MM-DD. */
export const DayField = (doc: FieldDoc = {}): PropertyDecorator => Field(doc, IsBusinessDate());

/** A whole number from `min` to `max` (a count, kilograms, satang). */
export const WholeField = (min: number, max: number, doc: FieldDoc = {}): PropertyDecorator =>
  Field(doc, IsWhole(min, max));

/** One of `values`, listed in the document as its enum. */
export const OneOfField = (values: readonly (string | number)[], doc: FieldDoc = {}): PropertyDecorator =>
  Field({ ...doc, enum: values }, IsIn(values));

/**
 * Text a person writes (a name, a reason, a note): at most `max` characters, without control characters or
 * bidi overrides (`IsFreeText`); not blank unless `blank: 'allowed'`.
 */
export const TextField = (max: number, doc: FieldDoc & { readonly blank?: 'allowed' } = {}): PropertyDecorator => {
  const { blank, ...rest } = doc;
  return blank === 'allowed'
    ? Field(rest, IsString(), MaxLength(max), IsFreeText())
    : Field(rest, IsString(), Length(1, max), IsFreeText({ notBlank: true }));
};

/** The sizes a list may have: at least `min` (0 by default), at most `max` items, each once if `unique`. */
export interface ListSize {
  readonly min?: number;
  readonly max: number;
  readonly unique?: boolean;
}

function listRules({ min = 0, max, unique = false }: ListSize): PropertyDecorator[] {
  return [IsArray(), ...(min > 0 ? [ArrayMinSize(min)] : []), ArrayMaxSize(max), ...(unique ? [ArrayUnique()] : [])];
}

/** A list of objects, each checked as `type`. */
export const ListField = (type: Class, size: ListSize, doc: FieldDoc = {}): PropertyDecorator =>
  Field(
    { ...doc, type: [type] },
    ...listRules(size),
    ValidateNested({ each: true }),
    Type(() => type),
  );

/** A list of ids (`ID_PATTERN` each). */
export const IdsField = (size: ListSize, doc: FieldDoc = {}): PropertyDecorator =>
  Field({ ...doc, type: [String] }, ...listRules(size), MatchesPattern(ID_PATTERN, { each: true }));

/** An object checked as `type`; required unless `optional`. */
export const ObjectField = (type: Class, doc: FieldDoc = {}): PropertyDecorator =>
  Field(
    { ...doc, type },
    ...(doc.optional ? [] : [IsDefined()]),
    ValidateNested(),
    Type(() => type),
  );
