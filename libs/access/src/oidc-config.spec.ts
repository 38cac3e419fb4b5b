import { loadOidcConfig, OidcConfigError } from './oidc-config';

const SECRET = 's3cret-of-the-client-0123456789';
const VALID = {
  KHAI_OIDC_ISSUER: 'https://login.coop.example/realms/khai',
  KHAI_OIDC_CLIENT_ID: 'khai',
  KHAI_OIDC_CLIENT_SECRET: SECRET,
  KHAI_OIDC_REDIRECT_URI: 'https://khai.coop.example/auth/oidc/callback',
  KHAI_OIDC_ROLE_MAP: 'khai-admins=admin, /coop/managers=manager,staff of the day=staff,members=member',
};

describe('the OpenID Connect configuration', () => {
  it('is absent when no KHAI_OIDC_* is set', () => {
    expect(loadOidcConfig({})).toBeUndefined();
  });

  it('reads the provider, the client and the role map, in order, with defaults for claims and scopes', () => {
    expect(loadOidcConfig(VALID)).toEqual({
      issuer: 'https://login.coop.example/realms/khai',
      clientId: 'khai',
      clientSecret: SECRET,
      redirectUri: 'https://khai.coop.example/auth/oidc/callback',
      scopes: ['openid'],
      groupsClaim: 'groups',
      roleMap: [
        { group: 'khai-admins', role: 'admin' },
        { group: '/coop/managers', role: 'manager' },
        { group: 'staff of the day', role: 'staff' },
        { group: 'members', role: 'member' },
      ],
      memberClaim: 'khai_member_id',
      partnerClaim: 'khai_partner_id',
      insecureLoopback: false,
    });
    const local = loadOidcConfig({
      ...VALID,
      KHAI_OIDC_ISSUER: 'http://127.0.0.1:8080',
      KHAI_OIDC_SCOPES: 'openid profile groups',
      KHAI_OIDC_GROUPS_CLAIM: 'realm_access.roles',
    });
    expect(local).toMatchObject({ insecureLoopback: true, scopes: ['openid', 'profile', 'groups'] });
  });

  it.each([
    [{ KHAI_OIDC_CLIENT_ID: 'khai' }, 'KHAI_OIDC_CLIENT_ID is set, but KHAI_OIDC_ISSUER is not'],
    [{ ...VALID, KHAI_OIDC_ISSUER: 'http://login.coop.example' }, 'KHAI_OIDC_ISSUER must be an https:// URL'],
    [{ ...VALID, KHAI_OIDC_ISSUER: 'login.coop.example' }, 'KHAI_OIDC_ISSUER must be an absolute URL'],
    [{ ...VALID, KHAI_OIDC_ISSUER: 'https://login.coop.example/?x=1' }, 'no query or fragment'],
    [{ ...VALID, KHAI_OIDC_CLIENT_SECRET: undefined }, 'KHAI_OIDC_CLIENT_SECRET is needed too'],
    [{ ...VALID, KHAI_OIDC_REDIRECT_URI: 'https://khai.coop.example/callback' }, "this platform's /auth/oidc/callback"],
    [{ ...VALID, KHAI_OIDC_ROLE_MAP: undefined }, 'KHAI_OIDC_ROLE_MAP is needed too'],
    [{ ...VALID, KHAI_OIDC_ROLE_MAP: 'khai-admins=root' }, 'each role one of admin'],
    [{ ...VALID, KHAI_OIDC_ROLE_MAP: 'managers' }, 'group=role pairs'],
    [{ ...VALID, KHAI_OIDC_ROLE_MAP: 'a=staff,a=manager' }, 'names the group "a" twice'],
    [{ ...VALID, KHAI_OIDC_SCOPES: 'profile groups' }, 'openid among them'],
    [{ ...VALID, KHAI_OIDC_GROUPS_CLAIM: 'groups claim' }, 'KHAI_OIDC_GROUPS_CLAIM must be a claim name'],
  ])('refuses %o at start: %s', (env, message) => {
    expect(() => loadOidcConfig(env)).toThrow(OidcConfigError);
    expect(() => loadOidcConfig(env)).toThrow(message);
  });

  it('never repeats the client secret, not even a malformed one', () => {
    const refusal = (() => {
      try {
        return loadOidcConfig({ ...VALID, KHAI_OIDC_CLIENT_SECRET: 'tiny-secret' });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(refusal).toBe('KHAI_OIDC_CLIENT_SECRET must be 16 to 512 visible ASCII characters');
  });
});
