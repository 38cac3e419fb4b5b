import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SqliteRequestKeys } from './sqlite.request-keys';

describe('SqliteRequestKeys', () => {
  it("keeps each sender's key for its first request, across a restart", () => {
    const dir = mkdtempSync(join(tmpdir(), 'request-keys-'));
    try {
      const file = join(dir, 'request-keys.sqlite');
      const keys = new SqliteRequestKeys(file);
      keys.take('u-1', 'k', 'first');
      keys.take('u-1', 'k', 'second');
      keys.take('u-2', 'k', 'other sender');
      keys.close();

      const reopened = new SqliteRequestKeys(file);
      expect(reopened.fingerprintOf('u-1', 'k')).toBe('first');
      expect(reopened.fingerprintOf('u-2', 'k')).toBe('other sender');
      expect(reopened.fingerprintOf('u-1', 'unused')).toBeUndefined();
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
