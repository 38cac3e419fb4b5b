export interface AccessOptions {
  /** Whether the session cookie is sent over HTTPS only (`Secure`); true unless configured off. */
  readonly cookieSecure: boolean;
}

export const ACCESS_OPTIONS = Symbol('AccessOptions');
