import { type InboxKey, inboxKeyString } from '../inbox/inbox-store.port';
import type { WaitingMessage, WaitingStore } from './waiting-store.port';

/** The waiting messages of a process, lost with it: the default, and the tests'. */
export class InMemoryWaitingStore implements WaitingStore {
  private readonly messages = new Map<string, WaitingMessage>();

  async load(): Promise<WaitingMessage[]> {
    return [...this.messages.values()].sort((a, b) => a.seq - b.seq);
  }

  async put(message: WaitingMessage): Promise<void> {
    this.messages.set(inboxKeyString(message), message);
  }

  async remove(key: InboxKey): Promise<void> {
    this.messages.delete(inboxKeyString(key));
  }

  async close(): Promise<void> {}
}
