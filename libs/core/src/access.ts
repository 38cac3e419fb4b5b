/** The roles a person acts in; docs/access.md says who may do what. */
export const ROLES = ['admin', 'manager', 'staff', 'member', 'agency', 'partner'] as const;
export type Role = (typeof ROLES)[number];

/** The role of the metrics token (`KHAI_METRICS_TOKEN`): it may read `/metrics` and nothing else. */
export const METRICS_SCRAPER = 'metrics';

/**
 * Who is signed in: an account, acting in its one role. A `member` account is bound to its member, a `partner`
 * account to its buyer or feed supplier.
 */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly role: Role | typeof METRICS_SCRAPER;
  readonly memberId?: string;
  readonly partnerId?: string;
}

/**
 * Who may call a route: a role (every account of it), or a member or partner on their own data only —
 * `{ member: 'memberId' }` lets a `member` in when the request's `memberId` (path, query or body) is the member the
 * account is bound to, `{ partner: 'buyerId' }` a `partner` when `buyerId` is its partner. `admin` may call every
 * route that declares any grant; `metrics` is the metrics token.
 */
export type Grant<Field extends string = string> =
  Role | typeof METRICS_SCRAPER | { readonly member: Field } | { readonly partner: Field };

/** Whether the grants let the principal in; `field` reads a named value of the request (path, query, body). */
export function allows(grants: readonly Grant[], principal: Principal, field: (name: string) => unknown): boolean {
  if (principal.role === 'admin') return true;
  return grants.some((grant) => {
    if (typeof grant === 'string') return grant === principal.role;
    if ('member' in grant)
      return (
        principal.role === 'member' && principal.memberId !== undefined && field(grant.member) === principal.memberId
      );
    return (
      principal.role === 'partner' && principal.partnerId !== undefined && field(grant.partner) === principal.partnerId
    );
  });
}

/** The actor of the events a person's commands record: `user:<userId>:<role>` (never a name: PDPA). */
export function actorOf(principal: Principal): string {
  return `user:${principal.userId}:${principal.role}`;
}
