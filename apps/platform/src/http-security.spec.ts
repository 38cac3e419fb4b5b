import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { ConfigError, loadConfig } from './config';
import { createPlatform } from './platform';

/** A built web app as Vite lays it out: index.html and its hashed module script under /assets/. */
function webDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'khai-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<script type="module" src="/assets/index-x.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-x.js'), 'export {};');
  return dir;
}

async function platform(env: Record<string, string> = {}): Promise<NestFastifyApplication> {
  const app = await createPlatform(
    loadConfig({ KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-security-')), ...env }),
    false,
    webDir(),
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

jest.setTimeout(30_000);

describe('the HTTP edge', () => {
  let app: NestFastifyApplication;
  let open: NestFastifyApplication[] = [];
  const start = async (env: Record<string, string> = {}) => {
    app = await platform(env);
    open.push(app);
    return app;
  };
  afterEach(async () => {
    for (const each of open) await each.close();
    open = [];
  });

  it('answers only to the configured host names: another is 421 before any route (DNS rebinding)', async () => {
    await start();
    const to = (host: string) => app.inject({ method: 'GET', url: '/health', headers: { host } });
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'LOCALHOST']) {
      expect((await to(host)).statusCode).toBe(200);
    }
    const rebound = await to('attacker.example:3000');
    expect(rebound.statusCode).toBe(421);
    expect(rebound.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(rebound.json()).toMatchObject({ code: 'host_not_allowed', host: 'attacker.example:3000' });
    const signIn = await app.inject({
      method: 'POST',
      url: '/auth/sign-in',
      headers: { host: 'attacker.example' },
      payload: { username: 'a', password: 'b' },
    });
    expect(signIn.statusCode).toBe(421);
  });

  it('takes the names of KHAI_HOSTS instead of the local ones', async () => {
    await start({ KHAI_HOSTS: 'khai.example, 10.0.0.5' });
    const to = (host: string) => app.inject({ method: 'GET', url: '/health', headers: { host } });
    expect((await to('khai.example')).statusCode).toBe(200);
    expect((await to('10.0.0.5:3000')).statusCode).toBe(200);
    expect((await to('localhost:3000')).statusCode).toBe(421);
  });

  it('sends security headers, with a policy that lets the web app load its own scripts and nothing else', async () => {
    await start();
    const page = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
    expect((await app.inject({ method: 'GET', url: '/assets/index-x.js' })).statusCode).toBe(200);
    const api = await app.inject({ method: 'GET', url: '/health' });
    expect(api.headers['content-security-policy']).toBe(policy);
  });

  it('keeps CORS closed unless origins are configured, then lets in only those', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/lots',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    await start();
    const closed = await preflight('https://app.example');
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    await start({ KHAI_CORS_ORIGINS: 'https://app.example' });
    expect((await preflight('https://app.example')).headers).toMatchObject({
      'access-control-allow-origin': 'https://app.example',
      'access-control-allow-credentials': 'true',
    });
    expect((await preflight('https://other.example')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a host name with a port or an origin with a path at start', () => {
    expect(() => loadConfig({ KHAI_HOSTS: 'khai.example:3000' })).toThrow(ConfigError);
    expect(() => loadConfig({ KHAI_CORS_ORIGINS: 'https://app.example/path' })).toThrow(ConfigError);
  });
});
