import helmet from '@fastify/helmet';
import { HostNotAllowed } from '@khai/core';
import { answerProblem } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import type { HttpSecurityConfig } from './config';

/**
 * The web app's content security policy: everything from its own origin (Vite's build is a module script and a
 * stylesheet under /assets/, the icon a data: URL), nothing inline but styles (Swagger UI at /docs sets them), no
 * frames, no plugins, forms only to itself.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
  },
};

/** The name in a `Host` header, without its port, lower case (`[::1]:3000` → `[::1]`). */
export function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return name.toLowerCase();
}

/**
 * Security headers (helmet), CORS only for the configured origins, and the `Host` checked before any route: a
 * request to a name not configured gets 421 `host_not_allowed` (DNS rebinding: a page whose name now resolves to
 * this server is another origin the browser would let read the answers).
 */
export async function secureHttp(app: NestFastifyApplication, config: HttpSecurityConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const hosts = new Set(config.hosts);
  fastify.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host ?? '';
    if (!hosts.has(hostName(host)))
      return answerProblem(request, reply, new HostNotAllowed(`this server does not answer to "${host}"`, { host }));
  });
  await app.register(helmet, { contentSecurityPolicy: CONTENT_SECURITY_POLICY });
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: [...config.corsOrigins], credentials: true, maxAge: 600 });
  }
}
