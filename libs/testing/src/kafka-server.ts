/** A principal on the test broker: SASL/SCRAM user name and password. */
export interface KafkaTestPrincipal {
  readonly mechanism: 'scram-sha-256' | 'scram-sha-512';
  readonly username: string;
  readonly password: string;
}

/** The broker the integration tests use, as `deploy/local/kafka.sh start` prints it. */
export interface KafkaTestServer {
  readonly brokers: readonly string[];
  /** The cooperative's principal (a super user); none on a broker without SASL (then ACLs cannot be tested). */
  readonly admin?: KafkaTestPrincipal;
  /** Principals with no rights until a test grants them some (partner-a, partner-b, …). */
  readonly partners: readonly KafkaTestPrincipal[];
}

/**
 * The test broker from the environment: `KAFKA_BROKERS`, and on a broker that authenticates
 * `KAFKA_SASL_MECHANISM`/`_USERNAME`/`_PASSWORD` (its super user) and `KAFKA_PARTNER_USERS`/`_PASSWORD`.
 * Undefined without `KAFKA_BROKERS`.
 */
export function kafkaTestServer(env: NodeJS.ProcessEnv = process.env): KafkaTestServer | undefined {
  const brokers = (env.KAFKA_BROKERS ?? '').split(',').filter((b) => b.length > 0);
  if (brokers.length === 0) return undefined;
  const mechanism: KafkaTestPrincipal['mechanism'] =
    env.KAFKA_SASL_MECHANISM === 'scram-sha-256' ? 'scram-sha-256' : 'scram-sha-512';
  const admin =
    env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD
      ? { mechanism, username: env.KAFKA_SASL_USERNAME, password: env.KAFKA_SASL_PASSWORD }
      : undefined;
  const password = env.KAFKA_PARTNER_PASSWORD ?? '';
  const partners = (env.KAFKA_PARTNER_USERS ?? '')
    .split(',')
    .filter((u) => u.length > 0 && password.length > 0)
    .map((username) => ({ mechanism, username, password }));
  return { brokers, ...(admin ? { admin } : {}), partners };
}

/** kafkajs' `sasl` setting for a principal (none: anonymous, on a broker without SASL). */
export function kafkajsSasl(principal: KafkaTestPrincipal | undefined):
  | {
      readonly sasl:
        | { mechanism: 'scram-sha-256'; username: string; password: string }
        | { mechanism: 'scram-sha-512'; username: string; password: string };
    }
  | Record<string, never> {
  if (!principal) return {};
  const { username, password } = principal;
  return principal.mechanism === 'scram-sha-256'
    ? { sasl: { mechanism: 'scram-sha-256', username, password } }
    : { sasl: { mechanism: 'scram-sha-512', username, password } };
}

/** The platform's `KHAI_KAFKA_*` settings for the cooperative on the test broker. */
export function cooperativeKafkaEnv(server: KafkaTestServer): Record<string, string> {
  return {
    KHAI_KAFKA_BROKERS: server.brokers.join(','),
    ...(server.admin
      ? {
          KHAI_KAFKA_SASL_MECHANISM: server.admin.mechanism,
          KHAI_KAFKA_SASL_USERNAME: server.admin.username,
          KHAI_KAFKA_SASL_PASSWORD: server.admin.password,
        }
      : {}),
  };
}

/** A Java client's settings (`--command-config` of the console tools) for a principal; empty without one. */
export function javaClientProperties(principal: KafkaTestPrincipal | undefined): string {
  if (!principal) return '';
  const module = 'org.apache.kafka.common.security.scram.ScramLoginModule';
  return [
    'security.protocol=SASL_PLAINTEXT',
    `sasl.mechanism=${principal.mechanism.toUpperCase()}`,
    `sasl.jaas.config=${module} required username="${principal.username}" password="${principal.password}";`,
    '',
  ].join('\n');
}
