import { type InboxEntry, type InboxKey, inboxKeyString, type InboxStore, isDeadLettered } from './inbox-store.port';

export class InMemoryInboxStore implements InboxStore {
  private readonly entries = new Map<string, InboxEntry>();

  async find(key: InboxKey): Promise<InboxEntry | undefined> {
    return (
      this.entries.get(inboxKeyString(key)) ??
      this.entries.get(inboxKeyString({ messageId: key.messageId, occurredAt: '' }))
    );
  }

  async record(entry: InboxEntry): Promise<void> {
    const key = inboxKeyString(entry);
    const earlier = this.entries.get(key);
    if (!earlier || isDeadLettered(earlier.outcome)) this.entries.set(key, { ...entry });
  }

  async close(): Promise<void> {}
}
