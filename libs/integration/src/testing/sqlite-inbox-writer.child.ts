// Record load for the inbox crash test: prints `ack <occurredAt> <messageId>` for every record whose promise has resolved,
// until it is killed.
import { randomUUID } from 'node:crypto';

import { SqliteInboxStore } from '../inbox/sqlite.inbox-store';

const filename = process.argv[2];
if (!filename) throw new Error('usage: sqlite-inbox-writer.child.ts <file>');
const inbox = new SqliteInboxStore(filename, { checkpointThread: true });

async function writer(): Promise<never> {
  for (;;) {
    const messageId = randomUUID();
    const occurredAt = new Date().toISOString();
    await inbox.record({
      messageId,
      occurredAt,
      topic: 'buyers.orders.v1',
      receivedAt: new Date().toISOString(),
      outcome: 'applied',
    });
    process.stdout.write(`ack ${occurredAt} ${messageId}\n`);
  }
}

for (let w = 0; w < 16; w++) void writer();
