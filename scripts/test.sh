#!/usr/bin/env bash
# One command: install what is missing, then every check CI runs: types, lint,
# formatting, dependency rules, unit and contract tests, the OpenAPI document
# against the running platform (scripts/schemathesis.sh), integration and e2e tests
# (against a local Kafka broker and FerretDB it installs and starts, unless
# KAFKA_BROKERS / MONGO_URL point elsewhere or KHAI_LOCAL_SERVERS=0), among them the
# web app's in Debian's Chromium (scripts/chromium.sh installs it with apt).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/chromium.sh
bash scripts/install.sh
source scripts/node24.sh
export npm_config_loglevel=error
results="$(mktemp -d)"
step() { echo; echo "== $*"; }
step typecheck;        npm run --silent typecheck
step lint;             npm run --silent lint
step format;           npm run --silent format:check
step dependency rules; npm run --silent deps:check
step "unit and contract tests"
npm run --silent test -- --ci --forceExit --json --outputFile="$results/unit.json"
step "contract tests (schemathesis against the running platform)"
bash scripts/schemathesis.sh
step "integration and e2e tests"
source scripts/local-servers.sh
npm run --silent test:int -- --ci --forceExit --json --outputFile="$results/int.json"
node -e '
  const runs = process.argv.slice(1).map((f) => require(f));
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  console.log(`\n${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
' "$results/unit.json" "$results/int.json"
