import 'reflect-metadata';

import { loadConfig } from '../config';
import { sealLogCommand } from '../seal-log-command';

/** `npm run seal-log`, the platform stopped: seals the personal data of members registered before sealing. */
sealLogCommand(loadConfig(), (line) => console.log(line)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
