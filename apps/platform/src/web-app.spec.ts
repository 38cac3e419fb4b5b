import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from './config';
import { createPlatform } from './platform';
import { webAppDir } from './web-app';

describe('the web app served by the platform', () => {
  const web = mkdtempSync(join(tmpdir(), 'khai-web-'));
  const page = '<!doctype html><html lang="th"><div id="root"></div><script src="/assets/app-1a2b.js"></script>';
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), page);
  writeFileSync(join(web, 'assets', 'app-1a2b.js'), 'console.log("ไข่")');
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const config = loadConfig({ KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-web-data-')) });
    app = await createPlatform(config, false, web);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  const get = (url: string, accept: string) => app.inject({ method: 'GET', url, headers: { accept } });
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  it('answers its page at /, to anyone, never cached stale', async () => {
    for (const accept of [BROWSER, '*/*']) {
      const res = await get('/', accept);
      expect({ status: res.statusCode, type: res.headers['content-type'], body: res.body }).toEqual({
        status: 200,
        type: 'text/html; charset=utf-8',
        body: page,
      });
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers its page for a page a browser opens that no API route takes (client routes)', async () => {
    for (const url of ['/sign-in', '/collection?day=2026-11-24', '/some/deep/page']) {
      const res = await get(url, BROWSER);
      expect({ url, status: res.statusCode, body: res.body }).toEqual({ url, status: 200, body: page });
    }
  });

  it('serves the built bundles under /assets/, cached for good', async () => {
    const res = await get('/assets/app-1a2b.js', '*/*');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log("ไข่")');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API, the health check and the documents to the platform', async () => {
    const health = await get('/health', BROWSER);
    expect(health.statusCode).toBe(200);
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    expect((await get('/docs-json', BROWSER)).json<{ openapi: string }>().openapi).toMatch(/^3\./);
    // An API route that does not find what it names answers its problem, in a browser too.
    const lot = await get('/lots/L-none', BROWSER);
    expect(lot.statusCode).not.toBe(200);
    expect(lot.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('keeps 404 problems for API clients, other methods and files that are not there', async () => {
    const cases = [
      { method: 'GET', url: '/collection', accept: 'application/json' },
      { method: 'GET', url: '/no-such-route', accept: '*/*' },
      { method: 'GET', url: '/assets/missing-9z.js', accept: BROWSER },
      { method: 'GET', url: '/favicon.ico', accept: BROWSER },
      { method: 'DELETE', url: '/collection', accept: BROWSER },
    ] as const;
    for (const { method, url, accept } of cases) {
      const res = await app.inject({ method, url, headers: { accept } });
      expect({ method, url, status: res.statusCode, type: res.headers['content-type'] }).toEqual({
        method,
        url,
        status: 404,
        type: 'application/problem+json; charset=utf-8',
      });
    }
  });

  it('is found from the sources and from dist/ alike, and is absent when not built', () => {
    const root = mkdtempSync(join(tmpdir(), 'khai-checkout-'));
    const built = join(root, 'apps', 'web', 'dist');
    mkdirSync(built, { recursive: true });
    const platform = join(root, 'dist', 'apps', 'platform', 'src');
    mkdirSync(platform, { recursive: true });
    expect(webAppDir(platform)).toBeUndefined();
    writeFileSync(join(built, 'index.html'), page);
    expect(webAppDir(platform)).toBe(built);
    expect(webAppDir(join(root, 'apps', 'platform', 'src'))).toBe(built);
  });
});
