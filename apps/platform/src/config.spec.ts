import { ConfigError, loadConfig } from './config';

describe('platform configuration', () => {
  it('has embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', eventStore: 'sqlite', sqliteSynchronous: 'FULL' });
    expect(config.sizeClasses).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('reads the graded size classes', () => {
    expect(loadConfig({ KHAI_SIZE_CLASSES: '5, 0,1,2,3,4' }).sizeClasses).toEqual([0, 1, 2, 3, 4, 5]);
    for (const bad of ['7', '0,0', 'zero', '1,,2']) {
      expect(() => loadConfig({ KHAI_SIZE_CLASSES: bad })).toThrow(ConfigError);
    }
  });

  it('weighs eggs at the TAS 6702 midpoints unless told other grams for some sizes', () => {
    expect(loadConfig({}).eggGrams).toEqual({ 0: 72.5, 1: 67.5, 2: 62.5, 3: 57.5, 4: 52.5, 5: 47.5, 6: 42.5 });
    expect(loadConfig({ KHAI_EGG_GRAMS: '0:73, 6:41.25' }).eggGrams).toMatchObject({ 0: 73, 1: 67.5, 6: 41.25 });
    for (const bad of ['7:50', '0:72,0:73', '3:fifty', '3:250', '3:10', '3']) {
      expect(() => loadConfig({ KHAI_EGG_GRAMS: bad })).toThrow(ConfigError);
    }
  });

  it('keeps read models in memory unless MongoDB is asked for, with its URL', () => {
    expect(loadConfig({}).readModels).toBe('memory');
    expect(loadConfig({ KHAI_READ_MODELS: 'mongodb', MONGO_URL: 'mongodb://127.0.0.1:27017/khai' })).toMatchObject({
      readModels: 'mongodb',
      mongoUrl: 'mongodb://127.0.0.1:27017/khai',
    });
    expect(() => loadConfig({ KHAI_READ_MODELS: 'mongodb' })).toThrow('needs MONGO_URL');
    expect(() => loadConfig({ KHAI_READ_MODELS: 'redis' })).toThrow(ConfigError);
  });

  it('runs the Kafka relay on its own thread unless told not to', () => {
    const kafka = { KHAI_INTEGRATION_BUS: 'kafka', KHAI_KAFKA_BROKERS: '127.0.0.1:9092' };
    expect(loadConfig(kafka).integration.relayThread).toBe(true);
    expect(loadConfig({ ...kafka, KHAI_KAFKA_RELAY_THREAD: 'false' }).integration.relayThread).toBe(false);
    expect(() => loadConfig({ ...kafka, KHAI_KAFKA_RELAY_THREAD: 'yes' })).toThrow('KHAI_KAFKA_RELAY_THREAD');
  });

  it('signs in to Kafka with SASL when all of mechanism, user and password are given, over TLS when asked', () => {
    const sasl = {
      KHAI_KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KHAI_KAFKA_SASL_USERNAME: 'khai',
      KHAI_KAFKA_SASL_PASSWORD: 'secret',
    };
    expect(loadConfig({}).integration.security).toEqual({});
    expect(loadConfig({ ...sasl, KHAI_KAFKA_SSL: 'true' }).integration.security).toEqual({
      sasl: { mechanism: 'scram-sha-512', username: 'khai', password: 'secret' },
      ssl: true,
    });
    expect(() => loadConfig({ ...sasl, KHAI_KAFKA_SASL_PASSWORD: '' })).toThrow('all three or none');
    expect(() => loadConfig({ ...sasl, KHAI_KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow('KHAI_KAFKA_SASL_MECHANISM');
    expect(() => loadConfig({ KHAI_KAFKA_SSL: 'yes' })).toThrow('KHAI_KAFKA_SSL');
    expect(() => loadConfig({ KHAI_KAFKA_SSL_CA_FILE: '/ca.pem' })).toThrow('needs KHAI_KAFKA_SSL=true');
    expect(() => loadConfig({ KHAI_KAFKA_SSL: 'true', KHAI_KAFKA_SSL_CA_FILE: '/no/such/ca.pem' })).toThrow(
      'KHAI_KAFKA_SSL_CA_FILE cannot be read',
    );
  });

  it('puts each partner of KHAI_KAFKA_PARTNERS on topics of its own, and none without it', () => {
    expect(loadConfig({}).integration.partnerTopics).toBeUndefined();
    expect(loadConfig({ KHAI_KAFKA_PARTNERS: 'buyer:B-makro-cm, supplier:SUP-CPF' }).integration.partnerTopics).toEqual(
      [
        { kind: 'buyer', id: 'B-makro-cm' },
        { kind: 'supplier', id: 'SUP-CPF' },
      ],
    );
    for (const wrong of ['B-makro-cm', 'member:M1', 'buyer:B.makro', 'buyer:', 'buyer:B1,supplier:B1']) {
      expect(() => loadConfig({ KHAI_KAFKA_PARTNERS: wrong })).toThrow('KHAI_KAFKA_PARTNERS');
    }
  });

  it('lets a partner message wait 300 s for what it names unless told otherwise, 0 dead-lettering it at once', () => {
    expect(loadConfig({}).integration.waitSeconds).toBe(300);
    expect(loadConfig({ KHAI_KAFKA_WAIT_SECONDS: '0' }).integration.waitSeconds).toBe(0);
    expect(loadConfig({ KHAI_KAFKA_WAIT_SECONDS: '86400' }).integration.waitSeconds).toBe(86_400);
    for (const wrong of ['86401', '-1', '1.5', '', 'ten']) {
      expect(() => loadConfig({ KHAI_KAFKA_WAIT_SECONDS: wrong })).toThrow('KHAI_KAFKA_WAIT_SECONDS');
    }
  });

  it('creates topics keeping inbound messages 7 days, outbound and dead letters 30, unless told otherwise', () => {
    const day = 86_400_000;
    expect(loadConfig({}).integration.retention).toEqual({
      inbound: 7 * day,
      outbound: 30 * day,
      deadLetter: 30 * day,
    });
    expect(
      loadConfig({
        KHAI_KAFKA_RETENTION_INBOUND_DAYS: '3',
        KHAI_KAFKA_RETENTION_OUTBOUND_DAYS: '90',
        KHAI_KAFKA_RETENTION_DLQ_DAYS: '3650',
      }).integration.retention,
    ).toEqual({ inbound: 3 * day, outbound: 90 * day, deadLetter: 3650 * day });
    for (const wrong of ['0', '3651', '1.5', '', '-1', 'a week']) {
      expect(() => loadConfig({ KHAI_KAFKA_RETENTION_DLQ_DAYS: wrong })).toThrow('KHAI_KAFKA_RETENTION_DLQ_DAYS');
    }
  });

  it('keeps sessions 12 hours with an HTTPS-only cookie, and no metrics token, unless told otherwise', () => {
    expect(loadConfig({}).access).toEqual({ sessionHours: 12, cookieSecure: true, metricsToken: undefined });
    const token = 'f'.repeat(64);
    expect(
      loadConfig({ KHAI_SESSION_HOURS: '8', KHAI_COOKIE_SECURE: 'false', KHAI_METRICS_TOKEN: token }).access,
    ).toEqual({ sessionHours: 8, cookieSecure: false, metricsToken: token });
    for (const bad of ['0', '1.5', '721', 'a day'])
      expect(() => loadConfig({ KHAI_SESSION_HOURS: bad })).toThrow('KHAI_SESSION_HOURS');
    expect(() => loadConfig({ KHAI_COOKIE_SECURE: 'yes' })).toThrow('KHAI_COOKIE_SECURE');
    for (const bad of ['short-token', `${'x'.repeat(40)} with space`]) {
      expect(() => loadConfig({ KHAI_METRICS_TOKEN: bad })).toThrow('KHAI_METRICS_TOKEN');
      expect(() => loadConfig({ KHAI_METRICS_TOKEN: bad })).not.toThrow(bad);
    }
  });

  it('signs in through an OpenID Connect provider only when KHAI_OIDC_ISSUER is set, refusing a partial setting', () => {
    expect(loadConfig({}).access.oidc).toBeUndefined();
    const oidc = loadConfig({
      KHAI_OIDC_ISSUER: 'https://login.coop.example',
      KHAI_OIDC_CLIENT_ID: 'khai',
      KHAI_OIDC_CLIENT_SECRET: 'a-client-secret-of-the-coop',
      KHAI_OIDC_REDIRECT_URI: 'https://khai.coop.example/auth/oidc/callback',
      KHAI_OIDC_ROLE_MAP: 'coop-managers=manager',
    }).access.oidc;
    expect(oidc).toMatchObject({
      issuer: 'https://login.coop.example',
      roleMap: [{ group: 'coop-managers', role: 'manager' }],
    });
    expect(() => loadConfig({ KHAI_OIDC_ISSUER: 'https://login.coop.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ KHAI_OIDC_ISSUER: 'https://login.coop.example' })).toThrow('KHAI_OIDC_CLIENT_ID');
  });
});
