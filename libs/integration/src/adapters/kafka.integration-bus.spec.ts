import { logLevel } from 'kafkajs';

import { KafkaIntegrationBus } from './kafka.integration-bus';

describe('Kafka integration bus, without a broker', () => {
  it('names its partitioner, so kafkajs does not warn at every start', async () => {
    const logged: string[] = [];
    const bus = new KafkaIntegrationBus({
      // Nothing listens there: the producer is made, then its connection is refused at once.
      brokers: ['127.0.0.1:1'],
      logLevel: logLevel.WARN,
      kafka: {
        retry: { retries: 0 },
        connectionTimeout: 200,
        logCreator: () => (entry) => logged.push(`${entry.label} ${entry.log.message}`),
      },
    });
    await expect(
      bus.publish([{ topic: 'coop.orders.v1', key: 'SO-1', value: Buffer.from('{}'), headers: {} }]),
    ).rejects.toThrow();
    await bus.close();
    expect(logged.filter((line) => /partitioner/i.test(line))).toEqual([]);
  });
});
