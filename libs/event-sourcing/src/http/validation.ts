import { jsonToInstance, passesRules } from '@khai/contracts';
import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { validate } from 'class-validator';

import { ValidationFailed } from '../errors';
import { fieldErrors, validationFailed } from './problem-details';

/** What Nest's ValidationPipe passes through unvalidated. */
const NOT_VALIDATED = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer, Date]);

/**
 * The one validation pipe: unknown fields refused, payloads turned into DTO
 * classes. A JSON body whose class jsonToInstance can plan is built by it, as
 * Kafka messages are (libs/contracts/src/json-instance.ts): the same instance
 * and errors as class-transformer with class-validator's whitelist, and a field
 * named like an `Object.prototype` member (`valueOf`, `constructor`) refused
 * too — class-transformer dropped such a field silently. Anything else (query
 * strings with `@Type(() => Number)`, path parameters) goes through Nest's pipe.
 */
class KhaiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const target = metadata.metatype;
    if (metadata.type !== 'body' || !target || NOT_VALIDATED.has(target) || !isJsonObject(value)) {
      return super.transform(value, metadata);
    }
    const built = jsonToInstance<object>(target, value);
    if (!built) return super.transform(value, metadata);
    if (built.unknown.length === 0 && passesRules(built.instance) === true) return built.instance;
    const errors = await validate(built.instance);
    if (built.unknown.length > 0 || errors.length > 0) {
      const unknown = built.unknown.map(({ field, message }) => ({ field, messages: [message] }));
      throw new ValidationFailed([...unknown, ...fieldErrors(errors)]);
    }
    return built.instance;
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
