#!/usr/bin/env bash
# The Kafka command-line tools of the jars deploy/local/kafka.sh installs, for a partner's view of the
# cooperative's topics (docs/integration.md, "With the Kafka console tools"). Logs go to stderr, at WARN.
# Usage: deploy/local/kafka-tools.sh produce|consume|topics|groups|acls|configs [options of the tool]
#   produce  org.apache.kafka.tools.ConsoleProducer          (kafka-console-producer.sh)
#   consume  org.apache.kafka.tools.consumer.ConsoleConsumer (kafka-console-consumer.sh)
#   topics   org.apache.kafka.tools.TopicCommand             (kafka-topics.sh)
#   groups   org.apache.kafka.tools.consumer.group.ConsumerGroupCommand (kafka-consumer-groups.sh)
#   acls     org.apache.kafka.tools.AclCommand                (kafka-acls.sh)
#   configs  kafka.admin.ConfigCommand                        (kafka-configs.sh: SCRAM users)
# On the local broker (SASL/SCRAM) every tool needs its client settings: --command-config (producer: --command-config
# too in 4.x; consumer: --command-config) with a properties file, e.g. the super user's `.tools/kafka/client.properties`.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIBS="${KHAI_TOOLS_DIR:-$(cd "$HERE/../.." && pwd)/.tools}/kafka/libs"
[[ -f "$LIBS/.installed" ]] || { echo "kafka-tools.sh: not installed: run deploy/local/kafka.sh install" >&2; exit 1; }
LOG4J="$(mktemp --suffix=.properties)"
trap 'rm -f "$LOG4J"' EXIT
printf '%s\n' 'status = warn' 'appender.err.type = Console' 'appender.err.name = STDERR' 'appender.err.target = SYSTEM_ERR' \
  'appender.err.layout.type = PatternLayout' 'appender.err.layout.pattern = %p %m%n' \
  'rootLogger.level = WARN' 'rootLogger.appenderRef.err.ref = STDERR' >"$LOG4J"

case "${1:-}" in
  produce) class=org.apache.kafka.tools.ConsoleProducer ;;
  consume) class=org.apache.kafka.tools.consumer.ConsoleConsumer ;;
  topics) class=org.apache.kafka.tools.TopicCommand ;;
  groups) class=org.apache.kafka.tools.consumer.group.ConsumerGroupCommand ;;
  acls) class=org.apache.kafka.tools.AclCommand ;;
  configs) class=kafka.admin.ConfigCommand ;;
  *) echo "usage: $0 produce|consume|topics|groups|acls|configs [options]" >&2; exit 2 ;;
esac
shift
exec java -Xms64m -Xmx256m -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -Dlog4j2.configurationFile="$LOG4J" \
  -cp "$LIBS/*" "$class" "$@"
