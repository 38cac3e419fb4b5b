import { ValidationPipe } from '@nestjs/common';

import { validationFailed } from './problem-details';

/** The one validation pipe: unknown fields refused, payloads turned into DTO classes. */
export function khaiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailed,
  });
}
