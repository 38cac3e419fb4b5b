import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'apps', 'platform', 'src');

/** The cooperative's platform from the build, in a process of its own, as it runs in production. */
export class CooperativeProcess {
  private token = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly output: () => string,
  ) {}

  /** Makes an admin account in `dataDir`, starts the platform with `env` on a free port and signs the admin in. */
  static async start(dataDir: string, env: Record<string, string>): Promise<CooperativeProcess> {
    const environment = {
      ...process.env,
      ...env,
      KHAI_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      KHAI_COOKIE_SECURE: 'false',
    };
    const password = randomBytes(18).toString('base64url');
    const users = spawnSync(
      process.execPath,
      [join(DIST, 'cli', 'users.js'), 'add', 'partner-suite', '--role', 'admin'],
      {
        input: `${password}\n`,
        env: environment,
        encoding: 'utf8',
      },
    );
    if (users.status !== 0) throw new Error(`users add: ${users.stderr}`);
    const port = await freePort();
    let output = '';
    const child = spawn(process.execPath, [join(DIST, 'main.js')], {
      env: { ...environment, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000)));
    const coop = new CooperativeProcess(child, `http://127.0.0.1:${port}`, () => output);
    await coop.until(
      'the platform to listen',
      async () => (await fetch(`${coop.url}/health`).catch(() => null))?.ok === true,
    );
    const signIn = await coop.call('POST', '/auth/sign-in', { username: 'partner-suite', password, session: 'bearer' });
    coop.token = (signIn as { token: string }).token;
    return coop;
  }

  /** A request as the admin; the answer's JSON, or an error with the status and body. */
  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text.length > 0 ? JSON.parse(text) : undefined;
  }

  async until(what: string, done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (this.child.exitCode !== null)
        throw new Error(`the platform exited while waiting for ${what}:\n${this.output()}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${this.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
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
