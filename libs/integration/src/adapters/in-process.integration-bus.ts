import { Logger } from '@nestjs/common';

import {
  type Consumer,
  encodeValue,
  type InboundHandler,
  type InboundMessage,
  type IntegrationBus,
  type OutboundMessage,
} from '../integration-bus.port';
import { describe, retryUntilDone } from './retry';

interface Log {
  /** Offset of messages[0]: older messages are dropped beyond `retain`. */
  first: number;
  messages: InboundMessage[];
}

/**
 * The embedded bus: one partition per topic, in memory, with committed offsets
 * per consumer group. It keeps the platform whole without Kafka and gives the
 * tests Kafka's delivery rules (commit after the handler, redelivery after a
 * restart); it does not survive the process and keeps the last `retain`
 * messages of each topic.
 */
export class InProcessIntegrationBus implements IntegrationBus {
  private readonly logger = new Logger(InProcessIntegrationBus.name);
  private readonly topics = new Map<string, Log>();
  private readonly committed = new Map<string, number>();
  private waiters: Array<() => void> = [];

  constructor(private readonly retain = 10_000) {}

  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    for (const m of messages) {
      const log = this.log(m.topic);
      log.messages.push({
        topic: m.topic,
        partition: 0,
        offset: String(log.first + log.messages.length),
        key: m.key,
        value: encodeValue(m.value),
        headers: { ...m.headers },
      });
      if (log.messages.length > this.retain) {
        const drop = log.messages.length - this.retain;
        log.messages.splice(0, drop);
        log.first += drop;
      }
    }
    this.wake();
  }

  /** Everything a topic still holds, for tests and examples. */
  read(topic: string): readonly InboundMessage[] {
    return this.log(topic).messages;
  }

  async consume(groupId: string, topics: readonly string[], handler: InboundHandler): Promise<Consumer> {
    let running = true;
    const loop = (async () => {
      while (running) {
        let handled = 0;
        for (const topic of topics) {
          const log = this.log(topic);
          const at = Math.max(this.committed.get(`${groupId}\u0000${topic}`) ?? 0, log.first);
          const message = log.messages[at - log.first];
          if (!message) continue;
          await retryUntilDone(
            () => handler(message),
            () => running,
            (error, attempt) =>
              this.logger.warn(
                `${groupId} ${topic}@${message.offset} failed (attempt ${attempt + 1}): ${describe(error)}`,
              ),
          );
          this.committed.set(`${groupId}\u0000${topic}`, at + 1);
          handled += 1;
        }
        if (handled === 0 && running) await new Promise<void>((resolve) => this.waiters.push(resolve));
      }
    })().catch(() => undefined);
    return {
      stop: async () => {
        running = false;
        this.wake();
        await loop;
      },
    };
  }

  async close(): Promise<void> {
    this.wake();
  }

  private log(topic: string): Log {
    let log = this.topics.get(topic);
    if (!log) {
      log = { first: 0, messages: [] };
      this.topics.set(topic, log);
    }
    return log;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
