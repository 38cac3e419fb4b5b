import { resolve } from 'node:path';

import { loadOidcConfig, type OidcConfig, OidcConfigError } from '@khai/access';
import { TAS_MIDPOINT_GRAMS } from '@khai/analytics';
import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { type IntegrationConfig, IntegrationConfigError, loadIntegrationConfig } from '@khai/integration';

export interface PlatformConfig {
  readonly port: number;
  readonly host: string;
  /** Where the embedded SQLite event store keeps its file. */
  readonly dataDir: string;
  readonly eventStore: 'sqlite' | 'kurrentdb';
  readonly kurrentDbUrl: string | undefined;
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
  /** The TAS size classes the cooperative grades into. */
  readonly sizeClasses: readonly SizeClass[];
  /** Mean grams of an egg per size class, for egg mass and FCR (TAS 6702 midpoints, as overridden). */
  readonly eggGrams: Readonly<Record<SizeClass, number>>;
  /** Where the read models live: in memory (rebuilt from the log at start) or MongoDB. */
  readonly readModels: 'memory' | 'mongodb';
  readonly mongoUrl: string | undefined;
  /** In-memory read models: minutes between snapshots (also written at shutdown); 0 writes one only at shutdown. */
  readonly readModelSnapshotMinutes: number;
  /** How the cooperative talks with buyers and feed suppliers: in-process, or Kafka. */
  readonly integration: IntegrationConfig;
  /** Sign-in: how long a session lasts, whether its cookie is HTTPS-only, the token that may read `/metrics`. */
  readonly access: AccessConfig;
  /** The host names the platform answers to and the origins allowed to call it from a browser. */
  readonly http: HttpSecurityConfig;
}

export interface AccessConfig {
  readonly sessionHours: number;
  readonly cookieSecure: boolean;
  readonly metricsToken: string | undefined;
  /** Sign-in through the cooperative's OpenID Connect provider (`KHAI_OIDC_*`), when configured. */
  readonly oidc: OidcConfig | undefined;
}

/** What the edge lets in: the host names it answers to, and the origins whose pages may call it (CORS). */
export interface HttpSecurityConfig {
  /** Names the `Host` header may carry (no port), lower case. */
  readonly hosts: readonly string[];
  /** Origins allowed to call the API from a browser (`https://app.example`); none: CORS stays closed. */
  readonly corsOrigins: readonly string[];
}

export const LOCAL_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

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
  const sizeClasses = parseSizeClasses(env.KHAI_SIZE_CLASSES);
  const eggGrams = parseEggGrams(env.KHAI_EGG_GRAMS);
  const readModels = env.KHAI_READ_MODELS ?? 'memory';
  if (readModels !== 'memory' && readModels !== 'mongodb') {
    throw new ConfigError(`KHAI_READ_MODELS must be memory or mongodb, got "${readModels}"`);
  }
  if (readModels === 'mongodb' && !env.MONGO_URL) throw new ConfigError('KHAI_READ_MODELS=mongodb needs MONGO_URL');
  const readModelSnapshotMinutes = Number(env.KHAI_READ_MODEL_SNAPSHOT_MINUTES ?? 10);
  if (!Number.isFinite(readModelSnapshotMinutes) || readModelSnapshotMinutes < 0) {
    throw new ConfigError(
      `KHAI_READ_MODEL_SNAPSHOT_MINUTES must be a number of minutes, 0 or more, got "${env.KHAI_READ_MODEL_SNAPSHOT_MINUTES}"`,
    );
  }
  return {
    integration: integrationConfig(env),
    access: accessConfig(env),
    http: httpSecurityConfig(env),
    readModels,
    readModelSnapshotMinutes,
    mongoUrl: env.MONGO_URL,
    sizeClasses,
    eggGrams,
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.KHAI_DATA_DIR ?? '.data'),
    eventStore,
    kurrentDbUrl,
    sqliteSynchronous,
  };
}

function parseSizeClasses(text: string | undefined): readonly SizeClass[] {
  if (text === undefined || text.trim() === '') return SIZE_CLASSES;
  const parts = text.split(',').map((part) => part.trim());
  const classes = parts.map(Number);
  const valid =
    parts.every((part) => /^\d$/.test(part)) &&
    classes.every((c) => (SIZE_CLASSES as readonly number[]).includes(c)) &&
    new Set(classes).size === classes.length;
  if (!valid)
    throw new ConfigError(`KHAI_SIZE_CLASSES must be distinct size classes 0–6 separated by commas, got "${text}"`);
  return (classes as SizeClass[]).sort((a, b) => a - b);
}

/** `size:grams,…` over the TAS midpoints, e.g. `0:73,1:68`: each size at most once, 30–100 g. */
function parseEggGrams(text: string | undefined): Readonly<Record<SizeClass, number>> {
  if (text === undefined || text.trim() === '') return TAS_MIDPOINT_GRAMS;
  const grams: Record<number, number> = { ...TAS_MIDPOINT_GRAMS };
  const seen = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^\s*([0-6])\s*:\s*(\d{2,3}(?:\.\d{1,2})?)\s*$/.exec(part);
    const size = Number(match?.[1]);
    const weight = Number(match?.[2]);
    if (!match || seen.has(size) || weight < 30 || weight > 100) {
      throw new ConfigError(
        `KHAI_EGG_GRAMS must be size:grams pairs (sizes 0–6 once each, 30–100 g) separated by commas, got "${text}"`,
      );
    }
    seen.add(size);
    grams[size] = weight;
  }
  return grams as Readonly<Record<SizeClass, number>>;
}

function accessConfig(env: NodeJS.ProcessEnv): AccessConfig {
  const sessionHours = Number(env.KHAI_SESSION_HOURS ?? 12);
  if (!Number.isInteger(sessionHours) || sessionHours < 1 || sessionHours > 720)
    throw new ConfigError(
      `KHAI_SESSION_HOURS must be a whole number of hours, 1 to 720, got "${env.KHAI_SESSION_HOURS}"`,
    );
  const secure = env.KHAI_COOKIE_SECURE ?? 'true';
  if (secure !== 'true' && secure !== 'false')
    throw new ConfigError(`KHAI_COOKIE_SECURE must be true or false, got "${env.KHAI_COOKIE_SECURE}"`);
  const metricsToken = env.KHAI_METRICS_TOKEN;
  // Never echo a token, not even a malformed one.
  if (metricsToken !== undefined && !/^[\x21-\x7e]{32,200}$/.test(metricsToken))
    throw new ConfigError(
      'KHAI_METRICS_TOKEN must be 32 to 200 visible ASCII characters (e.g. `openssl rand -hex 32`)',
    );
  return { sessionHours, cookieSecure: secure === 'true', metricsToken, oidc: oidcConfig(env) };
}

function oidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  try {
    return loadOidcConfig(env);
  } catch (error) {
    if (error instanceof OidcConfigError) throw new ConfigError(error.message);
    throw error;
  }
}

/** `KHAI_HOSTS`: names (`khai.coop`, `10.0.0.5`, `[::1]`), comma-separated; `KHAI_CORS_ORIGINS`: origins. */
function httpSecurityConfig(env: NodeJS.ProcessEnv): HttpSecurityConfig {
  const list = (text: string | undefined) =>
    (text ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  const hosts = list(env.KHAI_HOSTS).map((host) => host.toLowerCase());
  const badHost = hosts.find((host) => !/^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)$/.test(host));
  if (badHost !== undefined)
    throw new ConfigError(`KHAI_HOSTS must be host names without ports, separated by commas, got "${badHost}"`);
  const corsOrigins = list(env.KHAI_CORS_ORIGINS);
  const badOrigin = corsOrigins.find((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
  if (badOrigin !== undefined)
    throw new ConfigError(
      `KHAI_CORS_ORIGINS must be origins like https://app.example (no path), separated by commas, got "${badOrigin}"`,
    );
  return { hosts: hosts.length > 0 ? hosts : LOCAL_HOSTS, corsOrigins };
}

function integrationConfig(env: NodeJS.ProcessEnv): IntegrationConfig {
  try {
    return loadIntegrationConfig(env);
  } catch (error) {
    if (error instanceof IntegrationConfigError) throw new ConfigError(error.message);
    throw error;
  }
}
