import { checkJson } from '@khai/contracts';
import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';

import { ValidationFailed } from '../errors';
import { validationFailed } from './problem-details';

/** What Nest's ValidationPipe passes through unvalidated. */
const NOT_VALIDATED = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer, Date]);

/**
 * The one validation pipe: unknown fields refused, payloads turned into DTO
 * classes. A JSON body is checked by checkJson, as Kafka messages are
 * (libs/contracts/src/json-check.ts): the same instance and errors as
 * class-transformer with class-validator's whitelist, and a field
 * named like an `Object.prototype` member (`valueOf`, `constructor`) refused
 * too — class-transformer dropped such a field silently. Anything else (query
 * strings with `@Type(() => Number)`, path parameters, a class checkJson does
 * not plan) goes through Nest's pipe.
 */
class KhaiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const target = metadata.metatype;
    if (metadata.type !== 'body' || !target || NOT_VALIDATED.has(target) || !isJsonObject(value)) {
      return super.transform(value, metadata);
    }
    const checked = checkJson<object>(target as abstract new () => object, value);
    if (!checked) return super.transform(value, metadata);
    if (!checked.ok) throw new ValidationFailed(checked.errors);
    return checked.instance;
  }
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function khaiValidationPipe(): ValidationPipe {
  return new KhaiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailed,
  });
}
