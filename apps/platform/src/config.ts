import { resolve } from 'node:path';

export interface PlatformConfig {
  readonly port: number;
  readonly host: string;
  /** Where the embedded SQLite event store keeps its file. */
  readonly dataDir: string;
  readonly eventStore: 'sqlite' | 'kurrentdb';
  readonly kurrentDbUrl: string | undefined;
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
}

export class ConfigError extends Error {}

/** Reads the configuration from the environment; anything malformed stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  const eventStore = env.KHAI_EVENT_STORE ?? 'sqlite';
  if (eventStore !== 'sqlite' && eventStore !== 'kurrentdb') {
    throw new ConfigError(`KHAI_EVENT_STORE must be sqlite or kurrentdb, got "${eventStore}"`);
  }
  const kurrentDbUrl = env.KURRENTDB_URL;
  if (eventStore === 'kurrentdb' && !kurrentDbUrl)
    throw new ConfigError('KHAI_EVENT_STORE=kurrentdb needs KURRENTDB_URL');
  const sqliteSynchronous = env.KHAI_SQLITE_SYNCHRONOUS ?? 'FULL';
  if (sqliteSynchronous !== 'FULL' && sqliteSynchronous !== 'NORMAL') {
    throw new ConfigError(`KHAI_SQLITE_SYNCHRONOUS must be FULL or NORMAL, got "${sqliteSynchronous}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.KHAI_DATA_DIR ?? '.data'),
    eventStore,
    kurrentDbUrl,
    sqliteSynchronous,
  };
}
