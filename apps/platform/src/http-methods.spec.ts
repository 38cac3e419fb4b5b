import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from './config';
import { createPlatform } from './platform';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const PROBLEM = expect.stringMatching(/^application\/problem\+json(;|$)/) as unknown;

// The whole platform on a real port (embedded SQLite in a directory of its own, in-process bus, read models in memory).
describe('a method a path does not take, over real HTTP', () => {
  let app: NestFastifyApplication;
  let url: string;

  beforeAll(async () => {
    app = await createPlatform(loadConfig({ KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-methods-')) }), false);
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  const call = async (method: string, path: string) => {
    const res = await fetch(`${url}${path}`, { method });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      allow: res.headers.get('allow'),
      body: (await res.json()) as Record<string, unknown>,
    };
  };

  it.each([
    ['GET', '/lots', 'POST'],
    ['DELETE', '/members', 'POST'],
    ['PUT', '/lots/L-1/grading?dryRun=1', 'POST'],
    ['DELETE', '/lots/L-1', 'GET, HEAD'],
  ])('%s %s: 405, a problem, Allow: %s', async (method, path, allow) => {
    const answer = await call(method, path);
    expect(answer).toMatchObject({ status: 405, type: PROBLEM, allow });
    expect(answer.body).toMatchObject({
      type: 'https://khai.coop/problems/method_not_allowed',
      status: 405,
      code: 'method_not_allowed',
      instance: path,
      allow: allow.split(', '),
    });
  });

  it('QUERY without a Content-Type, which fastify refuses before any route: still 405 or 404', async () => {
    expect(await call('QUERY', '/lots/L-1')).toMatchObject({ status: 405, type: PROBLEM, allow: 'GET, HEAD' });
    expect(await call('QUERY', '/nowhere')).toMatchObject({ status: 404, type: PROBLEM, allow: null });
  });

  it.each([
    ['GET', '/nowhere'],
    ['POST', '/lots/L-1/nothing'],
    ['GET', '/lots/'],
    ['PUT', '/lots//grading'],
  ])('%s %s (a path no method takes): still 404', async (method, path) => {
    const answer = await call(method, path);
    expect(answer).toMatchObject({ status: 404, type: PROBLEM, allow: null });
    expect(answer.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('every path of the OpenAPI document answers 405 to a method it lacks, with Allow listing those it has', async () => {
    const document = (await (await fetch(`${url}/docs-json`)).json()) as { paths: Record<string, object> };
    const wrong: string[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      const path = template.replace(/\{[^}]+\}/g, 'X-1');
      const has = METHODS.filter((m) => m.toLowerCase() in operations);
      const expected = [...has, ...(has.includes('GET') ? ['HEAD'] : [])].sort().join(', ');
      const lacking = METHODS.find((m) => !has.includes(m)) as string;
      const answer = await call(lacking, path);
      if (answer.status !== 405 || answer.allow !== expected)
        wrong.push(`${lacking} ${path}: ${answer.status}, Allow ${answer.allow} (expected ${expected})`);
    }
    expect(Object.keys(document.paths).length).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });
});
