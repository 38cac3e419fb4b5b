import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { COMMAND_PROBLEMS, QUERY_PROBLEMS } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from './config';
import { createPlatform } from './platform';

type Parameter = { name: string; in: string; required?: boolean; schema?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };
type Schema = { additionalProperties?: boolean; properties?: Record<string, unknown> };

/** Operations of the platform itself (liveness, positions, metrics): they answer no client errors. */
const PLATFORM_PATHS = new Set(['/health', '/health/ready', '/read-models', '/processes', '/integration', '/metrics']);

describe('the OpenAPI document', () => {
  let app: NestFastifyApplication;
  let document: Document;

  beforeAll(async () => {
    app = await createPlatform(loadConfig({ KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-openapi-')) }), false);
    await app.init();
    document = (await app.inject({ method: 'GET', url: '/docs-json' })).json<Document>();
  });
  afterAll(() => app.close());

  const operations = (method: string) =>
    Object.entries(document.paths)
      .filter(([path]) => !PLATFORM_PATHS.has(path) && !path.startsWith('/auth/'))
      .flatMap(([path, byMethod]) => (byMethod[method] ? [[path, byMethod[method]] as const] : []));

  it('names every write and declares the problems it can answer, as problem details', () => {
    const writes = operations('post');
    expect(writes.length).toBeGreaterThan(40);
    for (const [path, operation] of writes) {
      expect({ path, operationId: operation.operationId }).toEqual({ path, operationId: expect.any(String) });
      for (const status of COMMAND_PROBLEMS) {
        expect({ path, status, content: Object.keys(operation.responses[String(status)]?.content ?? {}) }).toEqual({
          path,
          status,
          content: ['application/problem+json'],
        });
      }
    }
  });

  it('says what the server enforces: patterns, ranges, lengths, list sizes, no unknown properties', () => {
    const schemas = (document as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;
    expect(schemas['CollectEggsDto']).toMatchObject({
      additionalProperties: false,
      properties: {
        lotId: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
        collectedOn: { format: 'date', pattern: '^[1-9]\\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' },
        eggs: { type: 'integer', minimum: 1, maximum: 10_000_000 },
      },
    });
    expect(schemas['GradeLotDto']?.properties?.['sizes']).toMatchObject({ maxItems: 7 });
    expect(schemas['RegisterMemberDto']?.properties?.['citizenId']).toMatchObject({ pattern: '^\\d{13}$' });
    // Every request body a write takes refuses unknown properties.
    const bodies = Object.values(document.paths).flatMap((byMethod) =>
      byMethod['post']
        ? [byMethod['post'] as unknown as { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }]
        : [],
    );
    const unclosed = bodies
      .map((op) => op.requestBody?.content['application/json']?.schema.$ref?.split('/').pop())
      .filter((name): name is string => name !== undefined && schemas[name]?.additionalProperties !== false);
    expect(unclosed).toEqual([]);
  });

  it('declares the problems every query can answer', () => {
    const reads = operations('get');
    expect(reads.length).toBeGreaterThan(20);
    for (const [path, operation] of reads) {
      const declared = QUERY_PROBLEMS.filter((status) => operation.responses[String(status)] !== undefined);
      expect({ path, declared }).toEqual({ path, declared: [...QUERY_PROBLEMS] });
    }
  });

  it('says what query parameters the server takes, as it checks them', () => {
    const parameters = document.paths['/analytics/price-premium']?.['get']?.parameters ?? [];
    const byName = Object.fromEntries(parameters.map((p) => [p.name, p]));
    expect(byName).toMatchObject({
      from: { in: 'query', required: true, schema: { type: 'string', format: 'date' } },
      minPosition: { in: 'query', required: false, schema: { type: 'integer', minimum: 0 } },
      buyerId: { in: 'query', required: false, schema: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' } },
    });
  });

  it('declares each header once, as the server reads it', () => {
    const headers = Object.values(document.paths)
      .flatMap((byMethod) => Object.values(byMethod))
      .flatMap((operation) => (operation.parameters ?? []).filter((p) => p.in === 'header'));
    const keys = headers.filter((h) => h.name.toLowerCase() === 'idempotency-key');
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys)
      expect(key).toMatchObject({ required: false, schema: { pattern: '^[\\x21-\\x7e]{1,200}$' } });
    // Who reads is the signed-in account, never a header the client chooses (X-Actor is gone).
    expect(headers.filter((h) => h.name.toLowerCase() === 'x-actor')).toEqual([]);
  });
});
