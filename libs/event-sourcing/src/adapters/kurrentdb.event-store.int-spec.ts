import { eventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb.event-store';

// The server comes from KURRENTDB_URL or testcontainers (test/int-global-setup.ts);
// where neither is possible the suite is skipped and prints why.
const url = process.env.KURRENTDB_URL;

if (url) {
  eventStoreContract('kurrentdb', async () => new KurrentDbEventStore(url));
} else {
  const reason = process.env.KHAI_SKIP_KURRENTDB ?? 'KURRENTDB_URL is not set';
  console.warn(`SKIPPED the KurrentDB event store contract: ${reason}`);
  describe.skip(`event store contract: kurrentdb — skipped: ${reason}`, () => {
    eventStoreContract('kurrentdb', () => Promise.reject(new Error(reason)));
  });
}
