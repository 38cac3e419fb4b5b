import 'reflect-metadata';

import { AccountStore } from '@khai/access';
import { Logger } from '@nestjs/common';

import { ConfigError, loadConfig } from './config';
import { createPlatform } from './platform';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createPlatform(config);
  await app.listen({ port: config.port, host: config.host });
  const where = `http://${config.host}:${config.port}`;
  Logger.log(`Khai is up at ${where} (OpenAPI at ${where}/docs); event store: ${config.eventStore}`, 'Khai');
  if (app.get(AccountStore).list().length === 0)
    Logger.warn('no accounts yet: create the first admin with `npm run users -- add <username> --role admin`', 'Khai');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
