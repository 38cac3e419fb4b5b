import { SESSION_COOKIE } from '@khai/event-sourcing';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), for the whole
 * site, until the session ends; `Secure` (HTTPS only) unless configured off for plain HTTP.
 */
export function sessionCookie(token: string, expiresAt: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; ${attributes(secure)}; Expires=${new Date(expiresAt).toUTCString()}`;
}

/** The same cookie, emptied and expired: the browser drops it. */
export function signedOutCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; ${attributes(secure)}; Max-Age=0`;
}

function attributes(secure: boolean): string {
  return `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
