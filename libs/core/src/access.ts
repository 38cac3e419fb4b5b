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
 * account is bound to, `{ partner: 'buyerId' }` a `partner` when `buyerId` is its partner. Where the owner is inside
 * the resource, not in the request (`GET /lots/{lotId}`), `{ member: 'memberId', in: 'answer' }` lets the member in
 * and the answer out only when its `memberId` is theirs (`answerCheck`). `admin` may call every route that declares
 * any grant; `metrics` is the metrics token.
 */
export type Grant<Field extends string = string> =
  | Role
  | typeof METRICS_SCRAPER
  | { readonly member: Field; readonly in?: 'answer' }
  | { readonly partner: Field; readonly in?: 'answer' };

/** Whether the grants let the principal in; `field` reads a named value of the request (path, query, body). */
export function allows(grants: readonly Grant[], principal: Principal, field: (name: string) => unknown): boolean {
  if (principal.role === 'admin') return true;
  return grants.some((grant) => {
    if (typeof grant === 'string') return grant === principal.role;
    if (grant.in === 'answer') return false; // the answer decides: answerCheck
    if ('member' in grant)
      return (
        principal.role === 'member' && principal.memberId !== undefined && field(grant.member) === principal.memberId
      );
    return (
      principal.role === 'partner' && principal.partnerId !== undefined && field(grant.partner) === principal.partnerId
    );
  });
}

/**
 * For a principal the request-time grants do not let in: the check its answer must pass, by the first grant on the
 * answer's owner that fits its role and binding (`{ field: 'memberId', value: 'M001' }`: the answer's `memberId`
 * must be M001), or undefined when none fits.
 */
export function answerCheck(
  grants: readonly Grant[],
  principal: Principal,
): { readonly field: string; readonly value: string } | undefined {
  for (const grant of grants) {
    if (typeof grant === 'string' || grant.in !== 'answer') continue;
    if ('member' in grant && principal.role === 'member' && principal.memberId !== undefined)
      return { field: grant.member, value: principal.memberId };
    if ('partner' in grant && principal.role === 'partner' && principal.partnerId !== undefined)
      return { field: grant.partner, value: principal.partnerId };
  }
  return undefined;
}

/** The actor of the events a person's commands record: `user:<userId>:<role>` (never a name: PDPA). */
export function actorOf(principal: Principal): string {
  return `user:${principal.userId}:${principal.role}`;
}
