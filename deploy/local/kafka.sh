#!/usr/bin/env bash
# Local single-node Apache Kafka 4.x broker (KRaft, combined broker+controller)
# from Maven Central jars, for integration tests without Docker. Clients authenticate
# (SASL/SCRAM) and are authorized by ACLs (StandardAuthorizer): the cooperative's
# principal `khai` is the super user; `partner-a`, `partner-b`, `partner-c` are principals
# for tests that play partners, allowed nothing until ACLs grant it (docs/integration.md).
# Usage: deploy/local/kafka.sh install|start|stop|status
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="${KHAI_TOOLS_DIR:-$(cd "$HERE/../.." && pwd)/.tools}/kafka"
LIBS="$ROOT/libs"
DATA="$ROOT/data"
PIDF="$ROOT/kafka.pid"
ENVF="$ROOT/kafka.env" # KAFKA_BROKERS=... and the credentials of the running server (mode 600)
CREDS="$ROOT/credentials.env" # passwords generated with the storage (mode 600)
CLIENT="$ROOT/client.properties" # the super user's client settings, for the console tools' --command-config
LOG="$ROOT/kafka.log"
PROPS="$ROOT/server.properties"
PORT="${KAFKA_PORT:-9092}"
CPORT="${KAFKA_CONTROLLER_PORT:-9093}"
HEAP="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
WAIT="${KAFKA_START_TIMEOUT:-60}"
ADMIN_USER=khai
PARTNER_USERS=(partner-a partner-b partner-c)

die() { echo "kafka.sh: $*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid() { # prints the pid of our running broker, if any
  [[ -f "$PIDF" ]] || return 1
  local p; p="$(cat "$PIDF")"
  [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null && [[ "$(tr '\0' ' ' <"/proc/$p/cmdline")" == *kafka.Kafka* ]] && echo "$p"
}
read -ra HEAP_OPTS <<<"$HEAP"
JAVA=(java "${HEAP_OPTS[@]}" -Djava.awt.headless=true -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" -cp "$LIBS/*")

install() {
  command -v java >/dev/null || die "java not found (need Java 17+)"
  command -v mvn >/dev/null || die "mvn not found (need Maven 3)"
  local sum; sum="$(sha256sum <"$HERE/kafka/pom.xml" | cut -d' ' -f1)"
  if [[ -f "$LIBS/.installed" && "$(cat "$LIBS/.installed")" == "$sum" ]]; then
    echo "kafka: already installed in $LIBS"; return
  fi
  echo "kafka: resolving jars from Maven Central into $LIBS ..."
  rm -rf "$LIBS"; mkdir -p "$LIBS"
  mvn -B -f "$HERE/kafka/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$LIBS" >"$ROOT/mvn.log" 2>&1 || { tail -30 "$ROOT/mvn.log" >&2; die "mvn failed (log: $ROOT/mvn.log)"; }
  ls "$LIBS"/kafka_2.13-*.jar >/dev/null 2>&1 || die "kafka_2.13 jar missing after resolve"
  echo "$sum" >"$LIBS/.installed"
  echo "kafka: installed $(basename "$LIBS"/kafka_2.13-*.jar .jar)"
}

# Passwords are made once, with the storage, and kept next to it: a restart keeps data and credentials.
credentials() {
  if [[ ! -f "$CREDS" ]]; then
    (umask 077 && printf 'ADMIN_PASSWORD=%s\nPARTNER_PASSWORD=%s\n' \
      "$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')" "$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')" >"$CREDS")
  fi
  # shellcheck disable=SC1090
  source "$CREDS"
}

start() {
  [[ -f "$LIBS/.installed" ]] || die "not installed: run '$0 install' first"
  if p="$(pid)"; then echo "kafka: already running (pid $p)" >&2; cat "$ENVF" 2>/dev/null || true; return; fi
  port_open "$PORT" && die "port $PORT is already in use by another process"
  port_open "$CPORT" && die "controller port $CPORT is already in use by another process"
  # Storage made before the broker authenticated holds no SCRAM credentials: it is test data, made again.
  if [[ -f "$DATA/meta.properties" && ! -f "$DATA/.khai-sasl" ]]; then
    echo "kafka: storage without SASL credentials (older kafka.sh): formatting it again" >&2
    rm -rf "$DATA"
  fi
  [[ -f "$DATA/meta.properties" ]] || rm -f "$CREDS"
  mkdir -p "$DATA"
  credentials
  local scram="org.apache.kafka.common.security.scram.ScramLoginModule required"
  local plain="org.apache.kafka.common.security.plain.PlainLoginModule required"
  (umask 077 && cat >"$PROPS" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CPORT
listeners=SASL_PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CPORT
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
# Clients: SCRAM (credentials in the cluster metadata). The controller listener cannot use SCRAM (it serves the
# metadata SCRAM reads), so the broker and the controller speak PLAIN there, as the super user only.
sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=$scram username="$ADMIN_USER" password="$ADMIN_PASSWORD";
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$scram username="$ADMIN_USER" password="$ADMIN_PASSWORD";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=$plain username="$ADMIN_USER" password="$ADMIN_PASSWORD" user_$ADMIN_USER="$ADMIN_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:$ADMIN_USER
allow.everyone.if.no.acl.found=false
log.dirs=$DATA
num.partitions=1
default.replication.factor=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
min.insync.replicas=1
auto.create.topics.enable=true
group.initial.rebalance.delay.ms=0
EOF
  )
  if [[ ! -f "$DATA/meta.properties" ]]; then
    local id; id="$("${JAVA[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    [[ -n "$id" ]] || die "could not generate a cluster id"
    # The SCRAM users are written with the storage: no tool run (a JVM start each) after the broker is up.
    local users=() user password mechanism
    for user in "$ADMIN_USER" "${PARTNER_USERS[@]}"; do
      password="$PARTNER_PASSWORD"; [[ "$user" == "$ADMIN_USER" ]] && password="$ADMIN_PASSWORD"
      for mechanism in SCRAM-SHA-256 SCRAM-SHA-512; do users+=(--add-scram "$mechanism=[name=$user,password=$password]"); done
    done
    "${JAVA[@]}" kafka.tools.StorageTool format -t "$id" -c "$PROPS" "${users[@]}" >>"$LOG" 2>&1 \
      || { tail -20 "$LOG" >&2; die "storage format failed"; }
    touch "$DATA/.khai-sasl"
  fi
  (umask 077 && printf '%s\n' 'security.protocol=SASL_PLAINTEXT' 'sasl.mechanism=SCRAM-SHA-512' \
    "sasl.jaas.config=$scram username=\"$ADMIN_USER\" password=\"$ADMIN_PASSWORD\";" >"$CLIENT")
  echo "=== start $(date -Is)" >>"$LOG"
  local mark; mark="$(wc -l <"$LOG")"
  nohup "${JAVA[@]}" kafka.Kafka "$PROPS" >>"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDF"
  for ((i = 0; i < WAIT * 2; i++)); do
    # Alive is enough here: until the forked shell has exec'd, its command line is not the broker's yet.
    kill -0 "$(cat "$PIDF")" 2>/dev/null || { tail -30 "$LOG" >&2; die "broker exited during startup (log: $LOG)"; }
    # awk reads the log to its end: `tail | grep -q` stops reading at the match, tail dies of SIGPIPE on a long
    # log (a broker with many partitions), and pipefail turned the match into a failure.
    if port_open "$PORT" && awk -v from="$mark" 'NR > from && /Kafka Server started/ { found = 1 } END { exit !found }' "$LOG"; then
      (umask 077 && printf '%s\n' "KAFKA_BROKERS=127.0.0.1:$PORT" KAFKA_SASL_MECHANISM=scram-sha-512 \
        "KAFKA_SASL_USERNAME=$ADMIN_USER" "KAFKA_SASL_PASSWORD=$ADMIN_PASSWORD" \
        "KAFKA_PARTNER_USERS=$(IFS=,; echo "${PARTNER_USERS[*]}")" "KAFKA_PARTNER_PASSWORD=$PARTNER_PASSWORD" \
        "KAFKA_CLIENT_CONFIG=$CLIENT" >"$ENVF")
      cat "$ENVF"; return
    fi
    sleep 0.5
  done
  tail -30 "$LOG" >&2; stop >&2 || true; die "broker not ready after ${WAIT}s (log: $LOG)"
}

stop() {
  local p
  if ! p="$(pid)"; then rm -f "$PIDF" "$ENVF"; echo "kafka: not running"; return; fi
  kill "$p"
  for ((i = 0; i < ${KAFKA_STOP_TIMEOUT:-30} * 2; i++)); do
    kill -0 "$p" 2>/dev/null || { rm -f "$PIDF" "$ENVF"; echo "kafka: stopped"; return; }
    sleep 0.5
  done
  echo "kafka: no clean stop, sending SIGKILL" >&2; kill -9 "$p" 2>/dev/null || true; sleep 1
  rm -f "$PIDF" "$ENVF"
}

status() {
  if p="$(pid)"; then echo "kafka: running (pid $p) $(cat "$ENVF" 2>/dev/null)"
  else echo "kafka: stopped"; return 3; fi
}

case "${1:-}" in
  install | start | stop | status) "$1" ;;
  *) die "usage: $0 install|start|stop|status" ;;
esac
