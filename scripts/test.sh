#!/usr/bin/env bash
# One command: install what is missing, then every check CI runs: types, lint,
# formatting, dependency rules, unit and contract tests, integration and e2e tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
source scripts/node24.sh
export npm_config_loglevel=error
step() { echo; echo "== $*"; }
step typecheck;        npm run --silent typecheck
step lint;             npm run --silent lint
step format;           npm run --silent format:check
step dependency rules; npm run --silent deps:check
step "unit and contract tests"; npm run --silent test -- --ci
step "integration and e2e tests"; npm run --silent test:int -- --ci
