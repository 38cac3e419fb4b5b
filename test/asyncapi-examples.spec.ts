import { deadLetterTopic, INBOUND_TOPICS, parseMessage, TOPICS } from '@khai/contracts';

import { AsyncApiDocument } from './asyncapi-document';

const doc = new AsyncApiDocument();

// A partner's developer copies these: each must be a message the cooperative takes (inbound) or sends (outbound).
describe('the examples in docs/asyncapi.yaml', () => {
  describe.each(Object.values(TOPICS).map((t) => [t.name, t] as const))('%s', (topic, spec) => {
    const message = doc.messageOf(topic);
    const examples = doc.examples(message);

    it('has at least one complete example: key, headers and body', () => {
      expect(examples.length).toBeGreaterThan(0);
    });

    it.each(examples.map((e) => [e.name, e] as const))(
      '%s: conforms to the schema, key and headers included',
      (_, e) => {
        expect(doc.payloadErrors(message, e.payload)).toEqual([]);
        expect(doc.headerErrors('MessageHeaders', e.headers)).toEqual([]);
        const body = e.payload as Record<string, unknown>;
        expect(e.headers['message-id']).toBe(body.messageId);
        expect(e.key).toBe(AsyncApiDocument.keyOf(topic, body));
        if (spec.direction === 'outbound') {
          expect(e.headers).toMatchObject({ 'message-type': spec.message.name, 'schema-version': '1' });
        }
      },
    );

    it.each(examples.map((e) => [e.name, e] as const))(
      '%s: is taken by the cooperative’s own check of the class',
      (_, e) => {
        expect(parseMessage(spec.message, JSON.stringify(e.payload))).toMatchObject({ ok: true });
      },
    );
  });

  it('are checked by a validator that refuses what the schema does not allow', () => {
    const [order] = doc.examples('BuyerOrderMessage');
    const body = order?.payload as Record<string, unknown>;
    expect(doc.payloadErrors('BuyerOrderMessage', { ...body, note: 'x' })).toEqual([
      '/ must NOT have additional properties',
    ]);
    expect(doc.payloadErrors('BuyerOrderMessage', { ...body, orderedOn: '2026-02-30' })).toEqual([
      '/orderedOn must match format "date"',
    ]);
    expect(doc.payloadErrors('BuyerOrderMessage', { ...body, occurredAt: '2026-12-07' })).not.toEqual([]);
    expect(doc.headerErrors('MessageHeaders', {})).toEqual(["/ must have required property 'message-id'"]);
  });

  it.each(INBOUND_TOPICS.map((t) => t.name))('has the dead-letter channel of %s carry a DeadLetter', (topic) => {
    expect(doc.messageOf(deadLetterTopic(topic))).toBe('DeadLetter');
  });

  it('gives a dead letter as the cooperative writes it: the original bytes, the code and reason it would give', () => {
    const [letter] = doc.examples('DeadLetter');
    expect(letter).toBeDefined();
    expect(doc.headerErrors('DeadLetterHeaders', letter?.headers)).toEqual([]);
    const topic = letter?.headers['dlq-original-topic'] ?? '';
    const spec = INBOUND_TOPICS.find((t) => t.name === topic);
    expect(spec).toBeDefined();
    expect(letter?.key).toBe((JSON.parse(String(letter?.payload)) as { orderId: string }).orderId);
    const parsed = spec && parseMessage(spec.message, String(letter?.payload));
    expect(parsed?.ok).toBe(false);
    if (parsed && !parsed.ok) {
      expect(letter?.headers).toMatchObject({ 'dlq-code': parsed.code, 'dlq-reason': JSON.stringify(parsed.errors) });
    }
  });
});
