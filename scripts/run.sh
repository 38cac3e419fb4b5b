#!/usr/bin/env bash
# One command: install what is missing, build, and run the platform on the
# embedded defaults (SQLite event store in $KHAI_DATA_DIR, in-memory read models).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
source scripts/node24.sh
exec node dist/apps/platform/src/main.js
