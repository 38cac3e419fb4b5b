#!/usr/bin/env bash
# Local single-node Apache Kafka 4.x broker (KRaft, combined broker+controller)
# from Maven Central jars, for integration tests without Docker.
# Usage: deploy/local/kafka.sh install|start|stop|status
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="${KHAI_TOOLS_DIR:-$(cd "$HERE/../.." && pwd)/.tools}/kafka"
LIBS="$ROOT/libs"
DATA="$ROOT/data"
PIDF="$ROOT/kafka.pid"
ENVF="$ROOT/kafka.env" # KAFKA_BROKERS=... of the running server
LOG="$ROOT/kafka.log"
PROPS="$ROOT/server.properties"
PORT="${KAFKA_PORT:-9092}"
CPORT="${KAFKA_CONTROLLER_PORT:-9093}"
HEAP="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
WAIT="${KAFKA_START_TIMEOUT:-60}"

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

start() {
  [[ -f "$LIBS/.installed" ]] || die "not installed: run '$0 install' first"
  if p="$(pid)"; then echo "kafka: already running (pid $p)" >&2; cat "$ENVF" 2>/dev/null || true; return; fi
  port_open "$PORT" && die "port $PORT is already in use by another process"
  port_open "$CPORT" && die "controller port $CPORT is already in use by another process"
  mkdir -p "$DATA"
  cat >"$PROPS" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CPORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CPORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
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
  if [[ ! -f "$DATA/meta.properties" ]]; then
    local id; id="$("${JAVA[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    [[ -n "$id" ]] || die "could not generate a cluster id"
    "${JAVA[@]}" kafka.tools.StorageTool format -t "$id" -c "$PROPS" >>"$LOG" 2>&1 \
      || { tail -20 "$LOG" >&2; die "storage format failed"; }
  fi
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
      echo "KAFKA_BROKERS=127.0.0.1:$PORT" | tee "$ENVF"; return
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
