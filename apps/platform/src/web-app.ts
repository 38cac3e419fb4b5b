import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The built web app (`apps/web/dist`, made by `npm --prefix apps/web run build`): found from the platform's own
 * directory upwards, so it is the same from the sources (tests) and from `dist/` (`scripts/run.sh`, the image).
 */
export function webAppDir(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A request a browser makes to open a page (navigation), as opposed to an API client's or a script's. */
function opensPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    (request.headers.accept ?? '').includes('text/html') &&
    extname(path) === ''
  );
}

/**
 * Serves the web app from the same origin as the API (its session cookie is SameSite=Strict): `/` and every page
 * a browser opens that no API route takes answer `index.html` (the app routes on the client), the hashed bundles
 * under `/assets/` are cached for good. What an API route takes stays the API's, and an API client asking for a
 * path no route takes still gets the 404 problem: only a browser's page request falls back to the app.
 */
export async function serveWebApp(app: NestFastifyApplication, dir: string): Promise<void> {
  const index = readFileSync(join(dir, 'index.html'));
  const sendIndex = (reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/assets/',
    // One route per file built (no wildcard route): a path that is no file stays the API's 404 problem.
    wildcard: false,
    decorateReply: false,
    index: false,
    immutable: true,
    maxAge: '365d',
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', (_request, reply) => sendIndex(reply));
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.is404 && opensPage(request)) return sendIndex(reply);
  });
}
