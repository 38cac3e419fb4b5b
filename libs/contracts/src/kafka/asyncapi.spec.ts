import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { getMetadataStorage } from 'class-validator';
import { parse } from 'yaml';

import { TIMESTAMP_PATTERN } from '../edge-formats';
import * as kafka from './index';
import { deadLetterTopic, INBOUND_TOPICS, partnerTopic, TOPICS, topicSpec } from './topics';

interface JsonSchema {
  required?: string[];
  properties?: Record<string, { $ref?: string; items?: { $ref?: string }; pattern?: string }>;
}
interface AsyncApi {
  asyncapi: string;
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  components: { messages: Record<string, { payload: { $ref: string } }>; schemas: Record<string, JsonSchema> };
}

const doc = parse(readFileSync(join(__dirname, '../../../../docs/asyncapi.yaml'), 'utf8')) as AsyncApi;
const classes = new Map<string, new () => object>();
for (const [name, value] of Object.entries(kafka) as [string, unknown][]) {
  if (typeof value === 'function') classes.set(name, value as new () => object);
}

/** The properties a class validates, and those it requires (no @IsOptional), from class-validator's metadata. */
function fieldsOf(target: new () => object): { all: string[]; required: string[] } {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const optional = new Set(metadata.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName));
  const all = [...new Set(metadata.map((m) => m.propertyName))].sort();
  return { all, required: all.filter((p) => !optional.has(p)) };
}

const refName = (ref: string | undefined) => ref?.split('/').pop();

describe('docs/asyncapi.yaml is in step with the code', () => {
  it('is AsyncAPI 3', () => {
    expect(doc.asyncapi).toMatch(/^3\./);
  });

  it.each(Object.entries(TOPICS))('has a channel for %s with its message', (_, topic) => {
    const channel = Object.values(doc.channels).find((c) => c.address === topic.name);
    expect(channel).toBeDefined();
    const [message] = Object.values(channel?.messages ?? {});
    const payload = doc.components.messages[refName(message?.$ref) ?? '']?.payload;
    expect(refName(payload?.$ref)).toBe(topic.message.name);
  });

  it.each(INBOUND_TOPICS.map((t) => t.name))('has the dead-letter channel of %s', (name) => {
    expect(Object.values(doc.channels).some((c) => c.address === deadLetterTopic(name))).toBe(true);
  });

  it("lists no channel that is not a topic or its dead letters, shared or a partner's own", () => {
    const shared = [...Object.values(TOPICS).map((t) => t.name), ...INBOUND_TOPICS.map((t) => deadLetterTopic(t.name))];
    // A partner's own: it writes its inbound topics, and reads the cooperative's topics and its dead letters.
    const own = shared.map((name) =>
      partnerTopic('{partnerId}', topicSpec(name)?.direction === 'inbound' ? 'in' : 'out', name),
    );
    const known = new Set([...shared, ...own]);
    expect(Object.values(doc.channels).filter((c) => !known.has(c.address))).toEqual([]);
  });

  it.each([...Object.values(TOPICS).map((t) => t.name), ...INBOUND_TOPICS.map((t) => deadLetterTopic(t.name))])(
    "has the partner's own channel of %s, with the message of the shared one",
    (name) => {
      const shared = Object.values(doc.channels).find((c) => c.address === name);
      const direction = topicSpec(name)?.direction === 'inbound' ? 'in' : 'out';
      const own = Object.values(doc.channels).find((c) => c.address === partnerTopic('{partnerId}', direction, name));
      expect(own?.messages).toEqual(shared?.messages);
    },
  );

  // Every schema named after a class (messages and their nested parts) has exactly its properties and required ones.
  const classSchemas = Object.keys(doc.components.schemas).filter((name) => classes.has(name));
  it('describes every message class and every class nested in one', () => {
    const referenced = new Set(Object.values(TOPICS).map((t) => t.message.name));
    for (const schema of Object.values(doc.components.schemas)) {
      for (const property of Object.values(schema.properties ?? {})) {
        const nested = refName(property.items?.$ref ?? property.$ref);
        if (nested) referenced.add(nested);
      }
    }
    expect([...referenced].filter((name) => !classes.has(name) && name !== 'MessageHeaders')).toEqual([]);
    expect(classSchemas.sort()).toEqual([...referenced].sort());
  });

  it.each(Object.values(TOPICS).map((t) => t.message.name))(
    '%s: occurredAt has the pattern the cooperative checks it by',
    (name) => {
      expect(doc.components.schemas[name]?.properties?.occurredAt?.pattern).toBe(TIMESTAMP_PATTERN.source);
    },
  );

  it.each(classSchemas)('%s: the schema has the class fields, and requires what the class requires', (name) => {
    const schema = doc.components.schemas[name] ?? {};
    const { all, required } = fieldsOf(classes.get(name) as new () => object);
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(all);
    expect([...(schema.required ?? [])].sort()).toEqual(required.sort());
  });
});
