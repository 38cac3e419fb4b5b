import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as contracts from '@khai/contracts';
import { TOPICS } from '@khai/contracts';
import { REFUSALS_TH } from '@khai/event-sourcing';
import { getMetadataStorage } from 'class-validator';
import { parse } from 'yaml';

const root = join(__dirname, '..');
const guide = readFileSync(join(root, 'docs', 'integration.md'), 'utf8');
const schemas = (
  parse(readFileSync(join(root, 'docs', 'asyncapi.yaml'), 'utf8')) as {
    components: { schemas: Record<string, { properties?: Record<string, { items?: { $ref?: string } }> }> };
  }
).components.schemas;
const ENVELOPE = new Set(['messageId', 'occurredAt', 'schemaVersion']);

/** The message cell of a topic's row in the guide's table of topics. */
function messageCell(topic: string): string {
  const row = guide.split('\n').find((line) => line.startsWith(`| \`${topic}\` |`));
  return row?.split(' | ').slice(4).join(' | ') ?? '';
}

/** The fields a class validates, each with whether it may be left out (class-validator's metadata). */
function fieldsOf(name: string): { name: string; optional: boolean }[] {
  const target = (contracts as unknown as Record<string, new () => object>)[name];
  if (!target) throw new Error(`no class ${name} in @khai/contracts`);
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const optional = new Set(metadata.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName));
  return [...new Set(metadata.map((m) => m.propertyName))].map((field) => ({
    name: field,
    optional: optional.has(field),
  }));
}

/** The classes of the lists in a message (`lines[{…}]`), as docs/asyncapi.yaml names them. */
function nestedIn(message: string): string[] {
  return Object.values(schemas[message]?.properties ?? {})
    .map((p) => p.items?.$ref?.split('/').pop())
    .filter((name): name is string => name !== undefined && name in schemas);
}

// A partner reads this table first: every field there, marked `?` exactly when it may be left out.
describe('the table of topics in docs/integration.md', () => {
  it.each(Object.values(TOPICS).map((t) => [t.name, t.message.name] as const))(
    '%s: names every field of %s and of what it lists',
    (topic, message) => {
      const cell = messageCell(topic);
      expect(cell).toContain(`\`${message}\``);
      const named = (field: string, marked: boolean) =>
        new RegExp(marked ? `\\b${field}\\?` : `\\b${field}\\b(?!\\?)`).test(cell);
      const wrong = fieldsOf(message)
        .filter((f) => !ENVELOPE.has(f.name))
        .filter((f) => (f.optional ? !named(f.name, true) : !named(f.name, false) || named(f.name, true)))
        .map((f) => `${f.name}${f.optional ? '?' : ''}`);
      const nested = nestedIn(message).flatMap((part) =>
        fieldsOf(part)
          .filter((f) => !named(f.name, f.optional))
          .map((f) => `${part}.${f.name}`),
      );
      expect([...wrong, ...nested]).toEqual([]);
    },
  );

  it('is read by the test as it is meant: a field left out of a row is found', () => {
    const cell = messageCell(TOPICS.buyerPayments.name);
    expect(cell).toContain('`paymentId`');
    expect(new RegExp('\\bpaymentId\\b(?!\\?)').test(cell.replace('`paymentId`', ''))).toBe(false);
  });
});

/** The codes the inbound pipeline gives a message itself (no business refusal: not in the refusals' catalogue). */
const PIPELINE_CODES = new Set([
  'malformed_json',
  'validation_failed',
  'message_id_header_missing',
  'message_id_header_mismatch',
  'key_mismatch',
  'message_id_reused',
  'unknown_topic',
  'sender_mismatch',
]);

/** Every code in a `dlq-code` column of the guide's tables of dead letters. */
function documentedCodes(): string[] {
  const codes: string[] = [];
  let column = -1;
  for (const line of guide.split('\n')) {
    if (!line.startsWith('|')) {
      column = -1;
      continue;
    }
    const cells = line.split('|').map((c) => c.trim());
    const header = cells.indexOf('`dlq-code`');
    if (header >= 0) column = header;
    else if (column >= 0)
      codes.push(...[...(cells[column] ?? '').matchAll(/`([a-z]+(?:_[a-z]+)+)`/g)].map((m) => m[1] ?? ''));
  }
  return codes;
}

describe('the dead-letter codes in docs/integration.md', () => {
  it('are codes the cooperative gives: its own for the message itself, or a refusal of its catalogue', () => {
    const codes = documentedCodes();
    expect(codes.length).toBeGreaterThan(60);
    expect(codes.filter((code) => !PIPELINE_CODES.has(code) && !Object.hasOwn(REFUSALS_TH, code))).toEqual([]);
  });

  it('list every code the pipeline gives a message itself', () => {
    expect([...PIPELINE_CODES].filter((code) => !documentedCodes().includes(code))).toEqual([]);
  });
});
