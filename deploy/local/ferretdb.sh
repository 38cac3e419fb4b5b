#!/usr/bin/env bash
# Local FerretDB v1 (MongoDB wire protocol on SQLite) for integration tests
# without Docker. Built from the Go module proxy with `go install`.
# Usage: deploy/local/ferretdb.sh install|start|stop|status
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="${KHAI_TOOLS_DIR:-$(cd "$HERE/../.." && pwd)/.tools}/ferretdb"
VERSION="${FERRETDB_VERSION:-v1.24.2}"
BIN="$ROOT/bin/ferretdb"
DATA="$ROOT/data"
PIDF="$ROOT/ferretdb.pid"
LOG="$ROOT/ferretdb.log"
PORT="${FERRETDB_PORT:-27017}"
WAIT="${FERRETDB_START_TIMEOUT:-60}"

die() { echo "ferretdb.sh: $*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid() { # prints the pid of our running server, if any
  [[ -f "$PIDF" ]] || return 1
  local p; p="$(cat "$PIDF")"
  [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null && [[ "$(readlink "/proc/$p/exe" 2>/dev/null)" == "$(readlink -f "$BIN")" ]] && echo "$p"
}

install() {
  command -v go >/dev/null || die "go not found (need Go 1.22+)"
  if [[ -x "$BIN" && "$(cat "$ROOT/bin/.version" 2>/dev/null)" == "$VERSION" ]]; then
    echo "ferretdb: already installed ($VERSION) at $BIN"; return
  fi
  echo "ferretdb: building github.com/FerretDB/FerretDB/cmd/ferretdb@$VERSION into $ROOT/bin ..."
  mkdir -p "$ROOT/bin"
  GOBIN="$ROOT/bin" CGO_ENABLED=0 GOFLAGS=-buildvcs=false \
    go install "github.com/FerretDB/FerretDB/cmd/ferretdb@$VERSION" || die "go install failed"
  echo "$VERSION" >"$ROOT/bin/.version"
  echo "ferretdb: installed $VERSION"
}

start() {
  [[ -x "$BIN" ]] || die "not installed: run '$0 install' first"
  if p="$(pid)"; then echo "ferretdb: already running (pid $p)"; echo "MONGO_URL=mongodb://127.0.0.1:$PORT/"; return; fi
  port_open "$PORT" && die "port $PORT is already in use by another process"
  mkdir -p "$DATA" "$ROOT/state"
  echo "=== start $(date -Is)" >>"$LOG"
  FERRETDB_TELEMETRY=disable DO_NOT_TRACK=1 nohup "$BIN" \
    --handler=sqlite --sqlite-url="file:$DATA/" \
    --listen-addr="127.0.0.1:$PORT" --state-dir="$ROOT/state" \
    --debug-addr=- --telemetry=disable --log-level="${FERRETDB_LOG_LEVEL:-warn}" \
    >>"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDF"
  for ((i = 0; i < WAIT * 5; i++)); do
    pid >/dev/null || { tail -20 "$LOG" >&2; die "server exited during startup (log: $LOG)"; }
    if port_open "$PORT"; then echo "MONGO_URL=mongodb://127.0.0.1:$PORT/"; return; fi
    sleep 0.2
  done
  tail -20 "$LOG" >&2; stop >&2 || true; die "server not ready after ${WAIT}s (log: $LOG)"
}

stop() {
  local p
  if ! p="$(pid)"; then rm -f "$PIDF"; echo "ferretdb: not running"; return; fi
  kill "$p"
  for ((i = 0; i < ${FERRETDB_STOP_TIMEOUT:-20} * 5; i++)); do
    kill -0 "$p" 2>/dev/null || { rm -f "$PIDF"; echo "ferretdb: stopped"; return; }
    sleep 0.2
  done
  echo "ferretdb: no clean stop, sending SIGKILL" >&2; kill -9 "$p" 2>/dev/null || true
  rm -f "$PIDF"
}

status() {
  if p="$(pid)"; then echo "ferretdb: running (pid $p) on 127.0.0.1:$PORT"
  else echo "ferretdb: stopped"; return 3; fi
}

case "${1:-}" in
  install | start | stop | status) "$1" ;;
  *) die "usage: $0 install|start|stop|status" ;;
esac
