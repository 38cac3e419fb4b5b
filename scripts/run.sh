#!/usr/bin/env bash
# One command: install what is missing, build, and run the platform on the
# embedded defaults (SQLite event store in $KHAI_DATA_DIR, in-memory read models); with --demo, on demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
source scripts/node24.sh
# --demo [options]: on generated years of the cooperative, with demo accounts (apps/platform/src/cli/demo.ts).
if [ "${1:-}" = "--demo" ]; then
  shift
  exec node dist/apps/platform/src/cli/demo.js "$@"
fi
# A young generation of fixed, small size (16 MB semi-spaces, V8 grows them to 64 MB here by default): shorter
# scavenge pauses, and a shorter tail of Kafka latencies (docs/benchmarks.md). The same flags in package.json's start
# and deploy/Dockerfile.
exec node --min-semi-space-size=16 --max-semi-space-size=16 dist/apps/platform/src/main.js
