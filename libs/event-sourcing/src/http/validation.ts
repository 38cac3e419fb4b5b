import { checkJson, type FieldError } from '@khai/contracts';
import { ValidationFailed } from '@khai/core';
import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

import { validationFailed } from './problem-details';

/** What Nest's ValidationPipe passes through unvalidated. */
const NOT_VALIDATED = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer, Date]);

/**
 * The one validation pipe: unknown fields refused, payloads turned into DTO
 * classes. A body is checked by checkJson, as Kafka messages are
 * (libs/contracts/src/json-check.ts): its shape first (depth, fields named like
 * `Object.prototype` members, lists in lists), then class-transformer and
 * class-validator; then no field may be null that the document does not
 * declare nullable. Query strings and path parameters go through Nest's pipe
 * with the same options, a number of a query string given no digits refused first.
 */
class KhaiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const target = metadata.metatype;
    if (!target || NOT_VALIDATED.has(target)) return super.transform(value, metadata);
    if (metadata.type === 'query') {
      const blank = blankNumbers(target, value);
      if (blank.length > 0) throw new ValidationFailed(blank);
    }
    if (metadata.type !== 'body') return super.transform(value, metadata);
    // No body at all is an empty one, as Nest's pipe takes it: the required fields are reported missing.
    const checked = checkJson<object>(target as abstract new () => object, value ?? {});
    if (!checked.ok) throw new ValidationFailed(checked.errors);
    const nulls = undeclaredNulls(checked.instance);
    if (nulls.length > 0) throw new ValidationFailed(nulls);
    return checked.instance;
  }
}

/**
 * The fields holding null that their class does not declare `nullable` (in the OpenAPI document, from
 * `@ApiProperty`). class-validator's `@IsOptional()` lets null through as if the field were absent, and it then
 * reached the events and the answers as null where the document says a string; leaving the field out is the way to
 * say nothing. A nested object is checked by its own class, as class-transformer built it.
 */
function undeclaredNulls(instance: object, path = ''): FieldError[] {
  return Object.entries(instance).flatMap(([key, value]): FieldError[] => {
    const field = `${path}${key}`;
    if (value === null) {
      const declared = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, instance, key) as
        { nullable?: boolean } | undefined;
      return declared?.nullable === true ? [] : [{ field, messages: [`${key} must not be null (leave it out)`] }];
    }
    if (Array.isArray(value))
      return value.flatMap((item: unknown, i) =>
        typeof item === 'object' && item !== null ? undeclaredNulls(item, `${field}.${i}.`) : [],
      );
    return typeof value === 'object' ? undeclaredNulls(value as object, `${field}.`) : [];
  });
}

/**
 * The numbers of a query string given no digits (`?minPosition=`): class-transformer's `Number('')` made them 0, a
 * value the client never wrote (`?size=` asked for size class 0).
 */
function blankNumbers(target: abstract new () => unknown, query: unknown): FieldError[] {
  if (typeof query !== 'object' || query === null) return [];
  return Object.entries(query).flatMap(([key, value]) =>
    typeof value === 'string' &&
    value.trim() === '' &&
    Reflect.getMetadata('design:type', target.prototype as object, key) === Number
      ? [{ field: key, messages: [`${key} must be a number conforming to the specified constraints`] }]
      : [],
  );
}

export function khaiValidationPipe(): ValidationPipe {
  return new KhaiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailed,
  });
}
