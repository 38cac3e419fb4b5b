#!/usr/bin/env bash
# Installs what Khai needs on a fresh machine: Node.js 24 (from the npm registry
# when the machine's node is older) and the npm packages, then builds dist/ and the
# web app (apps/web, a package of its own, into apps/web/dist).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
echo "node $(node -v), npm $(npm -v 2>/dev/null)"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ ! -d apps/web/node_modules ] || [ apps/web/package-lock.json -nt apps/web/node_modules/.package-lock.json ]; then
  npm ci --prefix apps/web --no-audit --no-fund
fi
npm run --silent build
npm --prefix apps/web run --silent build
