import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { deadLetterTopic, INBOUND_TOPICS, parsePartnerTopic, TOPICS } from '@khai/contracts';
import { parse } from 'yaml';

import { TOPIC_RETENTION, topicConfig, topicKind } from './kafka.integration-bus';

const DAY = 86_400_000;

interface Channel {
  readonly address: string;
  readonly bindings?: { kafka?: { topicConfiguration?: Record<string, unknown> } };
}
const doc = parse(readFileSync(join(__dirname, '../../../../docs/asyncapi.yaml'), 'utf8')) as {
  channels: Record<string, Channel>;
};

describe('the configuration of the topics the cooperative creates', () => {
  it('keeps what partners write 7 days, what it writes them and the dead letters 30, deleted, never compacted', () => {
    expect(topicConfig(topicKind(TOPICS.buyerOrders.name))).toEqual({
      'cleanup.policy': 'delete',
      'retention.ms': String(7 * DAY),
    });
    expect(topicKind(deadLetterTopic(TOPICS.supplierInvoices.name))).toBe('deadLetter');
    expect(topicKind(TOPICS.coopNotices.name)).toBe('outbound');
    expect(TOPIC_RETENTION).toEqual({ inbound: 7 * DAY, outbound: 30 * DAY, deadLetter: 30 * DAY });
    expect(topicConfig('outbound', { inbound: 1, outbound: 2, deadLetter: 3 })['retention.ms']).toBe('2');
  });

  // A partner reads what it can rely on from docs/asyncapi.yaml: it must be what the cooperative creates.
  it.each(Object.values(doc.channels).map((c) => [c.address, c] as const))(
    'docs/asyncapi.yaml gives %s the topic configuration of its kind',
    (address, channel) => {
      const topic = parsePartnerTopic(address.replace('{partnerId}', 'P'))?.topic ?? address;
      const config = topicConfig(topicKind(topic));
      expect(channel.bindings?.kafka?.topicConfiguration).toEqual({
        'cleanup.policy': [config['cleanup.policy']],
        'retention.ms': Number(config['retention.ms']),
      });
    },
  );

  it('describes every topic it creates', () => {
    const named = INBOUND_TOPICS.length * 2 + (Object.keys(TOPICS).length - INBOUND_TOPICS.length);
    // The shared topics and each partner's own.
    expect(Object.keys(doc.channels)).toHaveLength(named * 2);
  });
});
