import { checkJson } from '@khai/contracts';
import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';

import { ValidationFailed } from '../errors';
import { validationFailed } from './problem-details';

/** What Nest's ValidationPipe passes through unvalidated. */
const NOT_VALIDATED = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer, Date]);

/**
 * The one validation pipe: unknown fields refused, payloads turned into DTO
 * classes. A body is checked by checkJson, as Kafka messages are
 * (libs/contracts/src/json-check.ts): its shape first (depth, fields named like
 * `Object.prototype` members, lists in lists), then class-transformer and
 * class-validator. Query strings and path parameters go through Nest's pipe
 * with the same options.
 */
class KhaiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const target = metadata.metatype;
    if (metadata.type !== 'body' || !target || NOT_VALIDATED.has(target)) return super.transform(value, metadata);
    // No body at all is an empty one, as Nest's pipe takes it: the required fields are reported missing.
    const checked = checkJson<object>(target as abstract new () => object, value ?? {});
    if (!checked.ok) throw new ValidationFailed(checked.errors);
    return checked.instance;
  }
}

export function khaiValidationPipe(): ValidationPipe {
  return new KhaiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailed,
  });
}
