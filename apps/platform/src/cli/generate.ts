import 'reflect-metadata';

import { join } from 'node:path';

import { runGenerator } from '@khai/generator';

import { loadConfig } from '../config';

/**
 * `npm run generate -- --years 5 --seed 42`: realistic multi-year data of the
 * cooperative, written into the platform's event store ($KHAI_DATA_DIR) unless
 * `--db` or `--memory` says otherwise.
 */
const argv = process.argv.slice(2);
const hasTarget = argv.some((a) => a === '--db' || a.startsWith('--db=') || a === '--memory');
const target = hasTarget ? [] : ['--db', join(loadConfig().dataDir, 'events.sqlite')];
runGenerator([...argv, ...target]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
