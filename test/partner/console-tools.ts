import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'deploy', 'local', 'kafka-tools.sh');
const LIBS = join(process.env.KHAI_TOOLS_DIR ?? join(ROOT, '.tools'), 'kafka', 'libs');

// Separators no JSON body, key or header of ours holds (ASCII unit, record and group separators).
const FIELD = '\u001f';
const HEADER = '\u001e';
const HEADERS_END = '\u001d';

/** Why the console tools cannot run here, or undefined when they can. */
export function consoleToolsMissing(): string | undefined {
  if (!existsSync(join(LIBS, '.installed'))) return `no Kafka jars in ${LIBS} (deploy/local/kafka.sh install)`;
  return undefined;
}

/**
 * Who the console tools connect to, and as whom: `commandConfig` is a Java client properties file (SASL settings,
 * the tools' `--command-config`); none on a broker without authentication.
 */
export interface ConsoleClient {
  readonly brokers: string;
  readonly commandConfig?: string;
}

/** The `--command-config` option of a client, for the tool that takes it under `name`. */
function configOption(client: ConsoleClient, name: string): string[] {
  return client.commandConfig === undefined ? [] : [name, client.commandConfig];
}

/** A record as a partner writes it with kafka-console-producer: headers, key, value (a line of text). */
export interface ProducedRecord {
  readonly headers: Readonly<Record<string, string>>;
  readonly key: string;
  readonly value: string;
}

/** A record as kafka-console-consumer prints it. */
export interface ConsumedRecord {
  readonly partition: number;
  readonly offset: number;
  readonly headers: Record<string, string>;
  readonly key: string | null;
  readonly value: string;
}

/**
 * Writes records to a topic with the Kafka console producer (the Java client: murmur2 of the key, acks=all), one
 * line each, in order. At least one header per record (the console producer takes no empty header list).
 */
export async function produce(client: ConsoleClient, topic: string, records: readonly ProducedRecord[]): Promise<void> {
  const lines = records.map((r) => {
    const headers = Object.entries(r.headers).map(([name, value]) => `${name}:${value}`);
    if (headers.length === 0) throw new Error('the console producer needs a header per record');
    for (const part of [...headers, r.key, r.value]) {
      if ([FIELD, HEADER, HEADERS_END, '\n'].some((c) => part.includes(c))) {
        throw new Error(`a separator in ${JSON.stringify(part)}`);
      }
    }
    return `${headers.join(HEADER)}${HEADERS_END}${r.key}${FIELD}${r.value}\n`;
  });
  // prettier-ignore
  await run(['produce', '--bootstrap-server', client.brokers, ...configOption(client, '--command-config'),
    '--topic', topic, '--producer-property', 'acks=all',
    '--reader-property', 'parse.key=true', '--reader-property', 'parse.headers=true',
    '--reader-property', `key.separator=${FIELD}`, '--reader-property', `headers.delimiter=${HEADERS_END}`,
    '--reader-property', `headers.separator=${HEADER}`], lines.join(''));
}

/**
 * Reads every record of the topics matching `include` from the beginning with the Kafka console consumer, until
 * none came for `idleMs`.
 */
export async function consume(
  client: ConsoleClient,
  include: string,
  { idleMs = 4000, group }: { idleMs?: number; group?: string } = {},
): Promise<ConsumedRecord[]> {
  // prettier-ignore
  const out = await run(['consume', '--bootstrap-server', client.brokers, ...configOption(client, '--command-config'),
    '--include', include, ...(group === undefined ? [] : ['--group', group]), '--from-beginning',
    '--timeout-ms', String(idleMs), '--formatter-property', 'print.partition=true',
    '--formatter-property', 'print.offset=true', '--formatter-property', 'print.headers=true',
    '--formatter-property', 'print.key=true', '--formatter-property', `key.separator=${FIELD}`,
    '--formatter-property', `headers.separator=${HEADER}`]);
  return out
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [partition, offset, headers, key, ...value] = line.split(FIELD);
      return {
        partition: Number(partition?.replace('Partition:', '')),
        offset: Number(offset?.replace('Offset:', '')),
        headers:
          headers === 'NO_HEADERS'
            ? {}
            : Object.fromEntries(
                (headers ?? '').split(HEADER).map((h) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1)]),
              ),
        key: key === 'null' ? null : (key ?? null),
        value: value.join(FIELD),
      };
    });
}

/** Runs kafka-acls with `args` (`--add …`, `--remove --force …`): the cooperative's operator granting a partner. */
export async function acls(client: ConsoleClient, args: readonly string[]): Promise<void> {
  await run(['acls', '--bootstrap-server', client.brokers, ...configOption(client, '--command-config'), ...args]);
}

/** Deletes the topics whose names match `regex` (kafka-topics --delete). */
export async function deleteTopics(client: ConsoleClient, regex: string): Promise<void> {
  await run([
    'topics',
    '--bootstrap-server',
    client.brokers,
    ...configOption(client, '--command-config'),
    '--delete',
    '--topic',
    regex,
  ]);
}

function run(args: readonly string[], input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      // The console consumer ends its idle wait with a TimeoutException and status 0; any other failure is one.
      if (code === 0) resolve(out);
      else reject(new Error(`kafka-tools.sh ${args[0]} exited ${code}: ${err.slice(-2000)}`));
    });
    child.stdin.end(input);
  });
}
