import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Role } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from '../src/config';
import { createPlatform } from '../src/platform';
import { signedIn } from './sign-in';

export type Body = Record<string, unknown>;

/** The platform on embedded defaults in a fresh data directory, on a real port, and a client signed in to it. */
export interface RunningPlatform {
  readonly app: NestFastifyApplication;
  /** A request over HTTP as the signed-in account; the answer's status and JSON body. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Body }>;
}

export async function startPlatform(name: string, role: Role): Promise<RunningPlatform> {
  const app = await createPlatform(loadConfig({ KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), `khai-${name}-`)) }), false);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const credentials = await signedIn(app, role);
  return {
    app,
    async call(method, path, body) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { ...credentials, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as Body };
    },
  };
}
