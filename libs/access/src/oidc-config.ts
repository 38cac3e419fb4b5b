import { type Role, ROLES } from '@khai/core';

/** Sign-in through the cooperative's OpenID Connect provider (`KHAI_OIDC_*`); absent when not configured. */
export interface OidcConfig {
  /** The provider's issuer identifier (its discovery document is at `<issuer>/.well-known/openid-configuration`). */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Where the provider sends the browser back: this platform's `/auth/oidc/callback`, as the provider knows it. */
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  /** The claim that lists the person's groups (`groups`). */
  readonly groupsClaim: string;
  /** Group → role, in order: the first entry whose group the person is in gives the role. */
  readonly roleMap: readonly { readonly group: string; readonly role: Role }[];
  /** The claim that names the member a `member` is (`khai_member_id`). */
  readonly memberClaim: string;
  /** The claim that names the buyer or feed supplier a `partner` is (`khai_partner_id`). */
  readonly partnerClaim: string;
  /** Plain HTTP to the provider, allowed only when its host is this machine (tests, local development). */
  readonly insecureLoopback: boolean;
}

export class OidcConfigError extends Error {}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
const CLAIM = /^[A-Za-z0-9_.:/-]{1,100}$/;
const SCOPE = /^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/;

/**
 * `KHAI_OIDC_*` from the environment: undefined when `KHAI_OIDC_ISSUER` is not set (and no other `KHAI_OIDC_*` is);
 * anything missing or malformed stops the start with a message that never repeats the client secret.
 */
export function loadOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.KHAI_OIDC_ISSUER;
  if (issuer === undefined || issuer === '') {
    const stray = Object.keys(env).find((name) => name.startsWith('KHAI_OIDC_') && env[name] !== '');
    if (stray !== undefined) throw new OidcConfigError(`${stray} is set, but KHAI_OIDC_ISSUER is not`);
    return undefined;
  }
  const issuerUrl = httpUrl('KHAI_OIDC_ISSUER', issuer);
  if (issuerUrl.search !== '' || issuerUrl.hash !== '')
    throw new OidcConfigError(`KHAI_OIDC_ISSUER must have no query or fragment, got "${issuer}"`);
  const required = (name: string): string => {
    const value = env[name];
    if (value === undefined || value === '')
      throw new OidcConfigError(`KHAI_OIDC_ISSUER is set: ${name} is needed too`);
    return value;
  };
  const clientId = required('KHAI_OIDC_CLIENT_ID');
  if (!/^[\x21-\x7e]{1,200}$/.test(clientId))
    throw new OidcConfigError(`KHAI_OIDC_CLIENT_ID must be 1 to 200 visible ASCII characters, got "${clientId}"`);
  const clientSecret = required('KHAI_OIDC_CLIENT_SECRET');
  // Never echo the secret, not even a malformed one.
  if (!/^[\x21-\x7e]{16,512}$/.test(clientSecret))
    throw new OidcConfigError('KHAI_OIDC_CLIENT_SECRET must be 16 to 512 visible ASCII characters');
  const redirectUri = required('KHAI_OIDC_REDIRECT_URI');
  const redirect = httpUrl('KHAI_OIDC_REDIRECT_URI', redirectUri);
  if (!redirect.pathname.endsWith('/auth/oidc/callback') || redirect.search !== '' || redirect.hash !== '')
    throw new OidcConfigError(
      `KHAI_OIDC_REDIRECT_URI must be this platform's /auth/oidc/callback (no query), got "${redirectUri}"`,
    );
  const scopes = (env.KHAI_OIDC_SCOPES ?? 'openid').split(/\s+/).filter((scope) => scope !== '');
  if (!scopes.includes('openid') || !scopes.every((scope) => SCOPE.test(scope)))
    throw new OidcConfigError(
      `KHAI_OIDC_SCOPES must be scopes separated by spaces, openid among them, got "${env.KHAI_OIDC_SCOPES}"`,
    );
  const claim = (name: string, fallback: string): string => {
    const value = env[name] ?? fallback;
    if (!CLAIM.test(value))
      throw new OidcConfigError(`${name} must be a claim name (letters, digits, _ . : / -), got "${value}"`);
    return value;
  };
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri,
    scopes,
    groupsClaim: claim('KHAI_OIDC_GROUPS_CLAIM', 'groups'),
    roleMap: parseRoleMap(required('KHAI_OIDC_ROLE_MAP')),
    memberClaim: claim('KHAI_OIDC_MEMBER_CLAIM', 'khai_member_id'),
    partnerClaim: claim('KHAI_OIDC_PARTNER_CLAIM', 'khai_partner_id'),
    insecureLoopback: issuerUrl.protocol === 'http:',
  };
}

/** An absolute URL, HTTPS unless its host is this machine. */
function httpUrl(name: string, text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OidcConfigError(`${name} must be an absolute URL, got "${text}"`);
  }
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new OidcConfigError(`${name} must be an https:// URL (http:// only to this machine), got "${text}"`);
  if (url.username !== '' || url.password !== '')
    throw new OidcConfigError(`${name} must not hold a user name or password`);
  return url;
}

/** `group=role,group=role`: each group once, a role of Khai's; a group's name is what is left of its last `=`. */
function parseRoleMap(text: string): OidcConfig['roleMap'] {
  const entries: { group: string; role: Role }[] = [];
  for (const part of text.split(',')) {
    const at = part.lastIndexOf('=');
    const group = part.slice(0, at).trim();
    const role = part.slice(at + 1).trim();
    const valid =
      at > 0 && group !== '' && group.length <= 200 && !/[\p{Cc}]/u.test(group) && ROLES.includes(role as Role);
    if (!valid)
      throw new OidcConfigError(
        `KHAI_OIDC_ROLE_MAP must be group=role pairs separated by commas, each role one of ${ROLES.join(', ')}; ` +
          `got "${part.trim()}"`,
      );
    if (entries.some((entry) => entry.group === group))
      throw new OidcConfigError(`KHAI_OIDC_ROLE_MAP names the group "${group}" twice`);
    entries.push({ group, role: role as Role });
  }
  return entries;
}
