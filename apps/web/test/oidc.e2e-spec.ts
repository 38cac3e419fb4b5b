import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Provider } from 'oidc-provider';
import type { Browser } from 'playwright-core';

import { launchChromium } from './browser';
import { type RunningPlatform, startPlatform } from './platform';

const CLIENT_SECRET = randomBytes(24).toString('hex');

/**
 * A person signs in through the cooperative's OpenID Connect provider in a real browser: the sign-in page's link, the
 * provider's own login and consent pages, and back to the web app signed in. The provider (`oidc-provider`) runs in
 * this process at `localhost`, the platform (its built main) at `127.0.0.1`: two sites, so the browser's SameSite
 * rules are those of a real provider elsewhere (the flow cookie must come back with the provider's redirect).
 */
describe('sign-in through the cooperative’s provider in a real browser (Chromium)', () => {
  let providerServer: Server;
  let platform: RunningPlatform;
  let browser: Browser;

  beforeAll(async () => {
    providerServer = createServer();
    await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
    const issuer = `http://localhost:${(providerServer.address() as AddressInfo).port}`;
    platform = await startPlatform((url) => ({
      KHAI_OIDC_ISSUER: issuer,
      KHAI_OIDC_CLIENT_ID: 'khai-web',
      KHAI_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      KHAI_OIDC_REDIRECT_URI: `${url}/auth/oidc/callback`,
      KHAI_OIDC_SCOPES: 'openid groups',
      KHAI_OIDC_ROLE_MAP: 'coop-managers=manager,coop-staff=staff',
    }));
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'khai-web',
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${platform.url}/auth/oidc/callback`],
        },
      ],
      jwks: { keys: [{ ...key, kid: 'web-test-key', alg: 'RS256', use: 'sig' }] },
      cookies: { keys: [randomBytes(16).toString('hex')] },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Grant: 600, Session: 600, Interaction: 600 },
      claims: { openid: ['sub'], groups: ['groups'] },
      async findAccount(_ctx, id) {
        return id === 'noi.staff' ? { accountId: id, claims: () => ({ sub: id, groups: ['coop-staff'] }) } : undefined;
      },
    });
    const handle = provider.callback();
    providerServer.on('request', (req, res) => void handle(req, res));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await new Promise((resolve) => providerServer?.close(resolve));
  });

  it('offers the provider on the sign-in page, and comes back from it signed in with the session cookie', async () => {
    const context = await browser.newContext({ baseURL: platform.url });
    try {
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'เข้าสู่ระบบด้วยบัญชีของสหกรณ์ (OpenID Connect)' }).click();

      // The provider's own pages: its login form, then its consent.
      await page.waitForURL(/^http:\/\/localhost:\d+\/interaction\//);
      await page.locator('input[name=login]').fill('noi.staff');
      await page.locator('input[name=password]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();

      // Back at the web app, signed in as staff: the screens of the role, and a session that the API takes.
      await page.waitForURL(`${platform.url}/`);
      await page.getByRole('button', { name: 'ออกจากระบบ' }).waitFor();
      await page.getByRole('link', { name: 'รับไข่ประจำวัน', exact: true }).waitFor();
      const cookies = await context.cookies(platform.url);
      expect(cookies.map((c) => c.name)).toEqual(['khai_session']);
      expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      const me = await page.evaluate(async () => (await fetch('/auth/me')).json());
      expect(me).toMatchObject({ role: 'staff', username: expect.stringMatching(/^oidc:/) });
    } finally {
      await context.close();
    }
  });
});
