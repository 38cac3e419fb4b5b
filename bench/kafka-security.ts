import type { KafkaSecurity } from '@khai/integration';

/**
 * The local broker authenticates (SASL/SCRAM, deploy/local/kafka.sh): the benchmark's sides sign in as its super
 * user, from `KAFKA_SASL_MECHANISM`/`_USERNAME`/`_PASSWORD` of its kafka.env; none given, anonymously.
 */
export function benchKafkaSecurity(env: NodeJS.ProcessEnv = process.env): KafkaSecurity {
  const { KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = env;
  if (!username || !password) return {};
  const mechanism = env.KAFKA_SASL_MECHANISM === 'scram-sha-256' ? 'scram-sha-256' : 'scram-sha-512';
  return { sasl: { mechanism, username, password } };
}
