import { PAGES } from './router';
import type { Role } from './session';

/**
 * The screens of the app and the roles that may use each: the roles the API lets call the screen's operations
 * (docs/access.md; admin may call every one). The shell offers a role only its screens.
 */
export const SCREENS = [
  { key: 'dashboard', path: PAGES.dashboard, roles: ['manager'] },
  { key: 'statements', path: PAGES.statements, roles: ['manager'] },
  { key: 'collection', path: PAGES.collection, roles: ['manager', 'staff'] },
  { key: 'grading', path: PAGES.grading, roles: ['manager', 'staff'] },
  { key: 'packing', path: PAGES.packing, roles: ['manager', 'staff'] },
  { key: 'rejects', path: PAGES.rejects, roles: ['manager', 'staff'] },
  { key: 'shipments', path: PAGES.shipments, roles: ['manager', 'staff'] },
  { key: 'feed', path: PAGES.feed, roles: ['manager', 'staff'] },
  { key: 'passbook', path: PAGES.passbook, roles: ['member'] },
] as const satisfies {
  key: string;
  path: string;
  roles: readonly Role[];
}[];

export type Screen = (typeof SCREENS)[number];

export function mayUse(role: string, screen: Screen): boolean {
  return role === 'admin' || (screen.roles as readonly string[]).includes(role);
}
