import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

class FieldErrorDto {
  @ApiProperty({ example: 'eggs' }) field!: string;
  @ApiProperty({ type: [String], example: ['eggs must not be less than 1'] }) messages!: string[];
}

/** An RFC 9457 problem as the API answers it (`application/problem+json`). */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'https://khai.coop/problems/validation_failed' }) type!: string;
  @ApiProperty({ example: 'Validation failed' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ example: 'eggs: eggs must not be less than 1' }) detail!: string;
  @ApiProperty({ example: '/lots' }) instance!: string;
  @ApiProperty({ description: 'stable machine-readable reason', example: 'validation_failed' }) code!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'with 400: each field and what is wrong with it' })
  errors?: FieldErrorDto[];
}

/** What each status means wherever it is answered. */
const MEANING: Readonly<Record<number, string>> = {
  400: 'The request is malformed or a field is invalid (`errors` names each field); nothing was written.',
  401: 'No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written.',
  403:
    'Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was ' +
    'written.',
  404: 'Something the request names does not exist; nothing was written.',
  409: 'The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written.',
  412: 'Another writer changed the same record at the same moment, more often than retried; nothing was written: retry.',
  413: 'The body is larger than the server takes; nothing was written.',
  415: 'The body is not `application/json`; nothing was written.',
  422:
    'The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another ' +
    'request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written.',
  429: 'Too many failed attempts for this username in a row: wait the `Retry-After` seconds, then try again.',
  502: 'The OpenID Connect provider could not be reached or its answer was not accepted; nothing was written: retry later.',
  503:
    'The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. ' +
    'Or what the request waits for (the read models, the member ledger for a settlement) has not reached ' +
    '`minPosition` yet: nothing was written; the answer says the position waited for.',
};

/** The statuses a write (a use case's POST) can answer besides 201. */
export const COMMAND_PROBLEMS = [400, 404, 409, 412, 413, 415, 422, 503] as const;
/** The statuses a query can answer besides 200. */
export const QUERY_PROBLEMS = [400, 404, 422, 503] as const;

/** Declares in the OpenAPI document the problem details an operation answers with these statuses. */
export function ApiProblems(statuses: readonly number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANING[status] ?? 'An error, as problem details.',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );
}
