import createClient from 'openapi-fetch';

import { currentLanguage } from '../i18n';
import type { components, paths } from './schema';

/** An RFC 9457 problem as the API answers it; `errors` with 400, extension fields (`memberId`, …) with others. */
export type Problem = components['schemas']['ProblemDetailsDto'] & Record<string, unknown>;
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** The platform's API, typed by the OpenAPI document (schema.d.ts); same origin, so the session cookie goes along. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

// Every answer in the user's language: field errors come in Thai with `Accept-Language: th`.
api.use({
  onRequest({ request }) {
    request.headers.set('accept-language', currentLanguage());
    return request;
  },
});

export type Outcome<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problem: Problem };

/**
 * A call's outcome, never a throw: a problem the API answered, one made of a status the API did not explain (a
 * proxy's 502), or `network_failed` when no answer came (the request may not have been received).
 */
export async function outcome<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Outcome<T>> {
  let answer: Awaited<typeof call>;
  try {
    answer = await call;
  } catch (error) {
    return {
      ok: false,
      problem: problemOf(0, 'network_failed', error instanceof Error ? error.message : String(error)),
    };
  }
  const { data, error, response } = answer;
  if (response.ok) return { ok: true, data: data as T };
  if (isProblem(error)) return { ok: false, problem: error };
  return { ok: false, problem: problemOf(response.status, `http_${response.status}`, response.statusText) };
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

function problemOf(status: number, code: string, detail: string): Problem {
  return { type: 'about:blank', title: detail, status, detail, instance: '', code };
}

/** A 400's field errors by field name (`eggs`, `sizes[2].eggs`). */
export function fieldErrorsOf(problem: Problem): FieldErrors {
  const byField: Record<string, string[]> = {};
  for (const { field, messages } of problem.errors ?? []) (byField[field] ??= []).push(...messages);
  return byField;
}

/** A new random id (for lots and Idempotency-Keys): from `getRandomValues`, which plain-HTTP pages have too. */
export function randomId(length = 10): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => alphabet[b % 32]).join('');
}
