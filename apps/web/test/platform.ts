import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'platform', 'src', 'main.js');
const USERS = join(ROOT, 'dist', 'apps', 'platform', 'src', 'cli', 'users.js');

/** The platform as `scripts/run.sh` starts it (its built main, embedded defaults), on a port and data dir of its own. */
export interface RunningPlatform {
  readonly url: string;
  readonly dataDir: string;
  /** Creates an account with the users command, as an administrator would: the password goes on standard input. */
  addAccount(username: string, role: string, ...more: string[]): string;
  stop(): Promise<void>;
}

/** `settings`: more of the platform's environment, from the URL it will have (a redirect URI names it). */
export async function startPlatform(
  settings: (url: string) => Record<string, string> = () => ({}),
): Promise<RunningPlatform> {
  for (const built of [MAIN, join(ROOT, 'apps', 'web', 'dist', 'index.html')])
    if (!existsSync(built)) throw new Error(`${built} is not built: run bash scripts/install.sh first`);
  const dataDir = mkdtempSync(join(tmpdir(), 'khai-web-e2e-'));
  const port = await freePort();
  const env = {
    ...process.env,
    ...settings(`http://127.0.0.1:${port}`),
    PORT: String(port),
    HOST: '127.0.0.1',
    KHAI_DATA_DIR: dataDir,
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await listening(url, child, () => output);
  return {
    url,
    dataDir,
    addAccount(username, role, ...more) {
      const password = randomBytes(18).toString('base64url');
      execFileSync(process.execPath, [USERS, 'add', username, '--role', role, ...more], {
        env,
        input: `${password}\n`,
        stdio: ['pipe', 'ignore', 'inherit'],
      });
      return password;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function listening(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the platform exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the platform did not answer /health within 60 s:\n${output()}`);
}

/** An API client signed in with a bearer token, for what the test sets up and checks behind the browser's back. */
export async function bearerClient(url: string, username: string, password: string) {
  const res = await fetch(`${url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, session: 'bearer' }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    async post(path: string, body: unknown): Promise<void> {
      const answer = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (!answer.ok) throw new Error(`POST ${path}: ${answer.status} ${await answer.text()}`);
    },
    async get<T>(path: string): Promise<{ status: number; body: T }> {
      const answer = await fetch(`${url}${path}`, { headers });
      return { status: answer.status, body: (await answer.json()) as T };
    },
  };
}
