import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { loadConfig } from '../apps/platform/src/config';
import { webAppDir } from '../apps/platform/src/web-app';

const root = join(__dirname, '..');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

// No Docker engine here to run the compose file; this keeps it valid against the code it deploys.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
    services: Record<string, Service>;
  };
  const platform = compose.services.platform as Service;

  it('builds the platform image from a Dockerfile that exists and starts the built entry point', () => {
    const dockerfile = join(root, platform.build!.context, platform.build!.dockerfile);
    expect(existsSync(dockerfile)).toBe(true);
    expect(readFileSync(dockerfile, 'utf8')).toContain('dist/apps/platform/src/main.js');
    expect(existsSync(join(root, 'apps/platform/src/main.ts'))).toBe(true);
  });

  it('builds the web app into the image where the platform looks for it (apps/web/dist beside dist/)', () => {
    const dockerfile = readFileSync(join(root, platform.build!.context, platform.build!.dockerfile), 'utf8');
    expect(dockerfile).toContain('npm ci --prefix apps/web');
    expect(dockerfile).toContain('npm --prefix apps/web run build');
    expect(dockerfile).toContain('COPY --from=build /app/apps/web/dist ./apps/web/dist');
    // The image's platform runs from /app/dist/apps/platform/src and looks upwards (webAppDir).
    expect(webAppDir(join(root, 'dist', 'apps', 'platform', 'src'))).toBe(join(root, 'apps', 'web', 'dist'));
  });

  it("gives the platform a configuration the platform accepts, on the compose file's KurrentDB", () => {
    const config = loadConfig(platform.environment ?? {});
    expect(config.eventStore).toBe('kurrentdb');
    expect(config.kurrentDbUrl).toMatch(/^kurrentdb:\/\/kurrentdb:2113/);
    expect(config.readModels).toBe('mongodb');
    expect(config.mongoUrl).toMatch(/^mongodb:\/\/mongodb:27017\//);
    expect(config.integration).toMatchObject({ bus: 'kafka', brokers: ['kafka:9092'] });
    for (const service of ['kafka', 'mongodb']) {
      expect(platform.depends_on?.[service]?.condition).toBe('service_healthy');
    }
    expect(compose.services.kurrentdb?.image).toMatch(/kurrentdb/);
    expect(platform.depends_on?.kurrentdb?.condition).toBe('service_healthy');
  });

  it('refuses a configuration it cannot run, with a clear message', () => {
    expect(() => loadConfig({ KHAI_EVENT_STORE: 'kurrentdb' })).toThrow(
      'KHAI_EVENT_STORE=kurrentdb needs KURRENTDB_URL',
    );
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a port number');
    expect(() => loadConfig({ KHAI_EVENT_STORE: 'postgres' })).toThrow('sqlite or kurrentdb');
  });
});
