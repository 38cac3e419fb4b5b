import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { sealLog, type SealLogResult, SqliteEventStore } from '@khai/event-sourcing';
import { REGISTRY_PERSONAL_FIELDS } from '@khai/registry';

import type { PlatformConfig } from './config';
import { createPersonalDataVault } from './platform';

const SUFFIXES = ['', '-wal', '-shm'];

/**
 * `npm run seal-log` (the platform stopped): rewrites `$KHAI_DATA_DIR/events.sqlite` so that the members registered
 * before sealing hold their names and citizen ids sealed like everyone's (`sealLog`: the same events at the same
 * positions, compared with the old log before it is replaced). Then deletes the old file and the read-model snapshot
 * (rebuilt from the new log at the next start). Answers the exit code; says on `out` what it did and what is left
 * to the operator (docs/access.md, "Members registered before sealing").
 */
export async function sealLogCommand(config: PlatformConfig, out: (line: string) => void): Promise<number> {
  if (config.eventStore !== 'sqlite') {
    out('seal-log rewrites the embedded SQLite log only; for KurrentDB see docs/access.md (not done)');
    return 2;
  }
  const file = join(config.dataDir, 'events.sqlite');
  const copy = join(config.dataDir, 'events.sealed.sqlite');
  if (!existsSync(file)) {
    out(`no log at ${file}`);
    return 2;
  }
  if (SUFFIXES.some((s) => existsSync(copy + s))) {
    out(`${copy} is left from an earlier run: remove it (it is not the log) and run again`);
    return 2;
  }
  const source = new SqliteEventStore({ filename: file });
  const target = new SqliteEventStore({ filename: copy, synchronous: 'NORMAL' });
  const vault = createPersonalDataVault(config);
  let result: SealLogResult;
  try {
    result = await sealLog(source, target, vault, REGISTRY_PERSONAL_FIELDS);
  } catch (error) {
    out(`nothing changed: ${error instanceof Error ? error.message : String(error)}`);
    await target.close();
    for (const s of SUFFIXES) rmSync(copy + s, { force: true });
    return 1;
  } finally {
    await source.close();
    vault.close();
  }
  await target.close();
  // The copy is complete and compared: the old log goes, the copy takes its name.
  for (const s of SUFFIXES) rmSync(file + s, { force: true });
  for (const s of SUFFIXES) if (existsSync(copy + s)) renameSync(copy + s, file + s);
  rmSync(join(config.dataDir, 'read-models.snapshot'), { force: true });
  out(
    `${result.events} events copied to ${file} at their positions; ${result.sealed} personal fields sealed, ` +
      `${result.erased} of erased members removed; the old log and the read-model snapshot deleted.`,
  );
  out(
    'Left to you: every backup or copy of the old events.sqlite still holds those names and citizen ids in the ' +
      'clear — destroy them; with KHAI_READ_MODELS=mongodb run npm run read-models:rebuild (docs/access.md).',
  );
  return 0;
}
