import type { OpenAPIObject } from '@nestjs/swagger';

type Ref = { $ref?: string; properties?: Record<string, unknown> };
type Parameter = { name: string; in: string };
type Link = { operationId: string; parameters: Record<string, string> };
type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Ref }> };
  responses?: Record<string, { links?: Record<string, Link> }>;
};

/**
 * Links from each write to the operations on what it recorded, so that a client or a stateful tester can follow
 * them: a write at `/lots` whose body names `lotId` leads to every operation at `/lots/{lotId}…` whose path
 * parameters the write's own path and body give (`$request.path.…`, `$request.body#/…`). Put on the write's
 * success answers (201, 202).
 */
export function withWriteLinks(document: OpenAPIObject): OpenAPIObject {
  const operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.values(byMethod as Record<string, Operation>).map((operation) => ({ path, operation })),
  );
  const schemas = (document.components?.schemas ?? {}) as Record<string, Ref>;
  for (const { path, operation: write } of operations) {
    const successes = Object.entries(write.responses ?? {}).filter(([status]) => status === '201' || status === '202');
    if (successes.length === 0) continue;
    const fromPath = new Set(parametersOf(path));
    const fromBody = new Set(Object.keys(bodyOf(write, schemas)?.properties ?? {}));
    const links: Record<string, Link> = {};
    for (const { path: target, operation } of operations) {
      if (!target.startsWith(`${path}/{`) || !operation.operationId) continue;
      const names = parametersOf(target);
      if (!names.every((name) => fromPath.has(name) || fromBody.has(name))) continue;
      links[operation.operationId] = {
        operationId: operation.operationId,
        parameters: Object.fromEntries(
          names.map((name) => [name, fromPath.has(name) ? `$request.path.${name}` : `$request.body#/${name}`]),
        ),
      };
    }
    if (Object.keys(links).length === 0) continue;
    for (const [, response] of successes) response.links = { ...response.links, ...links };
  }
  return document;
}

function parametersOf(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

function bodyOf(operation: Operation, schemas: Record<string, Ref>): Ref | undefined {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  const name = schema?.$ref?.split('/').pop();
  return name === undefined ? schema : schemas[name];
}
