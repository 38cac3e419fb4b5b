import type { InboxEntry, InboxStore } from './inbox-store.port';

export class InMemoryInboxStore implements InboxStore {
  private readonly entries = new Map<string, InboxEntry>();

  async find(messageId: string): Promise<InboxEntry | undefined> {
    return this.entries.get(messageId);
  }

  async record(entry: InboxEntry): Promise<void> {
    if (!this.entries.has(entry.messageId)) this.entries.set(entry.messageId, { ...entry });
  }

  async close(): Promise<void> {}
}
