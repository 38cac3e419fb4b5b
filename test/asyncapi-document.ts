import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { isBusinessDay, isIsoTimestamp, TOPICS } from '@khai/contracts';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

/**
 * One example of a message as docs/asyncapi.yaml gives it: the headers and the body, and the Kafka key (the
 * example of the same place in its Kafka binding's `key.examples`: AsyncAPI 3 has no key in a message example).
 */
export interface MessageExample {
  readonly name: string;
  readonly key: string | undefined;
  readonly headers: Record<string, string>;
  readonly payload: unknown;
}

interface MessageObject {
  payload: { $ref?: string };
  examples?: Omit<MessageExample, 'key'>[];
  bindings?: { kafka?: { key?: { examples?: string[] } } };
}

interface Document {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  components: {
    messages: Record<string, MessageObject>;
    schemas: Record<string, unknown>;
  };
}

export const ASYNCAPI_PATH = join(__dirname, '../docs/asyncapi.yaml');

/**
 * docs/asyncapi.yaml read as a partner's tools read it, with a JSON Schema validator (ajv) for each message's body
 * and headers: what a partner checks our messages, and its own, against. Dates and timestamps are checked by the
 * formats the document names (`date`, `date-time` narrowed by its pattern).
 */
export class AsyncApiDocument {
  readonly document: Document;
  private readonly ajv: Ajv;

  constructor(text = readFileSync(ASYNCAPI_PATH, 'utf8')) {
    this.document = parse(text) as Document;
    this.ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    this.ajv.addKeyword('components');
    this.ajv.addFormat('date', { type: 'string', validate: isBusinessDay });
    this.ajv.addFormat('date-time', { type: 'string', validate: isIsoTimestamp });
    this.ajv.addSchema({ $id: 'asyncapi', components: { schemas: this.document.components.schemas } });
  }

  /** The message (component) name published or consumed on a topic. */
  messageOf(topic: string): string {
    const channel = Object.values(this.document.channels).find((c) => c.address === topic);
    const [message] = Object.values(channel?.messages ?? {});
    const name = message?.$ref.split('/').pop();
    if (!name) throw new Error(`docs/asyncapi.yaml has no channel ${topic}`);
    return name;
  }

  examples(message: string): readonly MessageExample[] {
    const object = this.document.components.messages[message];
    const keys = object?.bindings?.kafka?.key?.examples ?? [];
    return (object?.examples ?? []).map((e, i) => ({ ...e, key: keys[i] }));
  }

  /** Checks a body against the message's payload schema: the errors, none when it conforms. */
  payloadErrors(message: string, body: unknown): string[] {
    const ref = this.document.components.messages[message]?.payload.$ref;
    if (!ref) throw new Error(`${message} has no payload schema`);
    return errors(this.ajv.getSchema(`asyncapi${ref}`), body);
  }

  headerErrors(schema: 'MessageHeaders' | 'DeadLetterHeaders', headers: unknown): string[] {
    return errors(this.ajv.getSchema(`asyncapi#/components/schemas/${schema}`), headers);
  }

  /** The key a message of this topic must carry: the body's field named in the topic's key. */
  static keyOf(topic: string, body: Record<string, unknown>): unknown {
    const spec = Object.values(TOPICS).find((t) => t.name === topic);
    if (!spec) throw new Error(`no topic ${topic}`);
    if (spec.name === TOPICS.coopPayments.name) return body.kind === 'RECEIPT' ? body.orderId : body.invoiceId;
    if (spec.name === TOPICS.coopNotices.name) {
      const field = { OFFER: 'negotiationId', QUOTE: 'negotiationId', DELIVERY: 'shipmentId' }[String(body.subject)];
      return body[field ?? (body.subject === 'DELIVERY_NOTE' ? 'contractId' : 'invoiceId')];
    }
    return body[spec.key];
  }
}

function errors(validate: ValidateFunction | undefined, value: unknown): string[] {
  if (!validate) throw new Error('no such schema in docs/asyncapi.yaml');
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
