// Record load for the inbox crash test: records each message dead-lettered, and every other one then applied (a retry
// that succeeded); prints `ack <occurredAt> <messageId> <outcome>` once the message's last record has resolved, until
// it is killed.
import { randomUUID } from 'node:crypto';

import { SqliteInboxStore } from '../inbox/sqlite.inbox-store';

const filename = process.argv[2];
if (!filename) throw new Error('usage: sqlite-inbox-writer.child.ts <file>');
const inbox = new SqliteInboxStore(filename, { checkpointThread: true });

async function writer(): Promise<never> {
  for (let n = 0; ; n++) {
    const messageId = randomUUID();
    const occurredAt = new Date().toISOString();
    const outcomes =
      n % 2 === 0 ? ['dead_lettered:sales_order_not_found'] : ['dead_lettered:sales_order_not_found', 'applied'];
    for (const outcome of outcomes) {
      await inbox.record({
        messageId,
        occurredAt,
        topic: 'buyers.payments.v1',
        receivedAt: new Date().toISOString(),
        outcome,
        bodyHash: messageId.slice(0, 22),
      });
    }
    process.stdout.write(`ack ${occurredAt} ${messageId} ${outcomes.at(-1)}\n`);
  }
}

for (let w = 0; w < 16; w++) void writer();
