import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { ConfigError, loadConfig } from './config';
import { createPlatform } from './platform';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createPlatform(config);
  await app.listen({ port: config.port, host: config.host });
  const where = `http://${config.host}:${config.port}`;
  Logger.log(`Khai is up at ${where} (OpenAPI at ${where}/docs); event store: ${config.eventStore}`, 'Khai');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
