import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type AsyncAPIDocumentInterface, Parser } from '@asyncapi/parser';
import { TOPICS } from '@khai/contracts';

const path = join(__dirname, '../docs/asyncapi.yaml');
// Spectral's severities, by number (the parser's enum comes from a copy of @stoplight/types of its own).
const SEVERITY = ['error', 'warning', 'information', 'hint'] as const;

// The partners' tools read the document through this parser; libs/contracts/src/kafka/asyncapi.spec.ts keeps it in
// step with the message classes.
describe('docs/asyncapi.yaml, read by the official AsyncAPI parser', () => {
  let document: AsyncAPIDocumentInterface | undefined;
  let problems: string[] = [];

  beforeAll(async () => {
    const parsed = await new Parser().parse(readFileSync(path, 'utf8'), { source: path });
    document = parsed.document;
    problems = parsed.diagnostics
      .map((d) => ({ ...d, severity: SEVERITY[d.severity] }))
      .filter((d) => d.severity === 'error' || d.severity === 'warning')
      .map((d) => `${d.severity} ${d.code} at ${d.path.join('.')}: ${d.message}`);
  });

  it('parses with no errors and no warnings', () => {
    expect(problems).toEqual([]);
    expect(document).toBeDefined();
  });

  it.each(Object.entries(TOPICS))('%s: its message binds the Kafka key to the key field', (_, topic) => {
    const channel = document
      ?.channels()
      .all()
      .find((c) => c.address() === topic.name);
    const [message] = channel?.messages().all() ?? [];
    const key = message?.bindings().get('kafka')?.value<{ key?: { type?: string; description?: string } }>().key;
    expect(key).toMatchObject({ type: 'string', description: topic.key });
  });
});
