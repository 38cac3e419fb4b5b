#!/usr/bin/env bash
# Property-based tests of the published contract: schemathesis (from PyPI, into .tools/) reads the OpenAPI document
# of the platform it starts here — built, on the embedded defaults, on a free port of 127.0.0.1, with a data
# directory of its own — makes requests from it (examples, coverage, fuzzing, stateful phases) and checks each answer
# against the document. Fails on any failure; the platform is stopped and its data removed in any case.
#
# What the requests reach. A schema cannot say which member, lot or contract is registered, nor that a day may not
# be in the future, nor a citizen id's check digit: generated alone, nearly every request stopped at a 404 or 422
# before the logic behind it ran. So scripts/schemathesis-seed.js first registers a small cooperative through the
# API (members, farm, flock, buyer, supplier, lots graded and packed, an order and its shipment, a feed contract
# and delivery, negotiations, prices, a price list, a settlement, a goal) and writes a schemathesis.toml whose
# dictionaries name it: a path, query or body field that names something takes a registered id nine times in ten,
# a day one of the last five, a citizen or tax id one with its check digit. The stateful phase follows the links
# from each write to the operations on what it wrote (openapi-links.ts) — create a lot, then grade, pack, read it —
# and runs first, on the cooperative as seeded. A well-formed Idempotency-Key is made one per distinct request
# (scripts/schemathesis_hooks.py): drawn, the same few keys came back and most writes were refused as a reuse.
# What still stops most generated requests is the business rules themselves (a size class twice in a list, a
# grading that does not add up to the lot, stock that does not cover an allocation, a period that ends before it
# starts), answered as declared 409s and 422s: those are the rules at work, not data missing.
#
# Checks left out, by design:
# - positive_data_acceptance: the server refuses requests the schemas allow by rules a schema cannot say: a member,
#   farm, flock, partner or lot named must be registered (422 *_not_registered), a day may not be in the future, a
#   citizen or tax id needs its check digit, a minPosition must have been written, a size class is sold once per
#   sale, free text may hold no lone surrogate (the document says so in words: its pattern cannot in a dialect
#   that reads code points). These answers are declared (422, 404, 400), so status_code_conformance still checks
#   them.
# - POST /auth/sign-out: it would end the session every other request is made with (tests cover it).
#
# The requests are made as an admin (every operation lets admin in), created with `npm run users` and signed in;
# ignored_auth checks that every operation that declares credentials refuses a request without them.
#
# KHAI_SCHEMATHESIS_EXAMPLES (default 30) examples per operation and phase, KHAI_SCHEMATHESIS_SCENARIOS (default
# 100) scenarios of the stateful phase; KHAI_SCHEMATHESIS_SEED (default 1) makes a run repeatable (any failure
# prints its seed and an `st replay` id); the whole run is stopped after KHAI_SCHEMATHESIS_SECONDS (default 150)
# and then fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh

version=4.32.5
venv="${KHAI_TOOLS_DIR:-$PWD/.tools}/schemathesis"
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -qF "$version"; then
  echo "installing schemathesis $version from PyPI into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi

node scripts/build.js >/dev/null
data="$(mktemp -d)"
port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
url="http://127.0.0.1:$port"
KHAI_DATA_DIR="$data" HOST=127.0.0.1 PORT="$port" node dist/apps/platform/src/main.js >"$data/platform.log" 2>&1 &
platform=$!
stop() {
  kill "$platform" 2>/dev/null || true
  wait "$platform" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT

up() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url/health"; }
for _ in $(seq 150); do
  if up; then break; fi
  if ! kill -0 "$platform" 2>/dev/null; then break; fi
  sleep 0.2
done
if ! up; then
  cat "$data/platform.log" >&2
  echo "the platform did not start on $url" >&2
  exit 1
fi

password="$(node -e 'console.log(require("node:crypto").randomBytes(24).toString("base64url"))')"
printf '%s\n' "$password" | KHAI_DATA_DIR="$data" node dist/apps/platform/src/cli/users.js add schemathesis --role admin >/dev/null
token="$(node -e '
  fetch(process.argv[1] + "/auth/sign-in", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "schemathesis", password: process.argv[2], session: "bearer" }),
  }).then(async (r) => { if (!r.ok) throw new Error(`sign-in: ${r.status}`); console.log((await r.json()).token); });
' "$url" "$password")"

# A small cooperative to start from, and the schemathesis.toml that names it (scripts/schemathesis-seed.js).
node scripts/schemathesis-seed.js "$url" "$token" "$data/schemathesis.toml"
# Examples per operation and phase; scenarios of the stateful phase (each a chain of requests along the links).
cat >>"$data/schemathesis.toml" <<EOF

[generation]
max-examples = ${KHAI_SCHEMATHESIS_EXAMPLES:-30}

[phases.stateful.generation]
max-examples = ${KHAI_SCHEMATHESIS_SCENARIOS:-100}
EOF

# Run in the data directory: schemathesis keeps a cache of its own (.schemathesis/) where it runs. The stateful
# phase first, on the cooperative as seeded: the ids it generates for what it creates are then new, where after the
# other phases most would be taken (a generator draws the same short ids again) and its chains would stop at a 409.
limit="${KHAI_SCHEMATHESIS_SECONDS:-150}"
deadline=$((SECONDS + limit))
# One Idempotency-Key per distinct request (scripts/schemathesis_hooks.py says why).
hooks="$PWD/scripts/schemathesis_hooks.py"
run_schemathesis() {
  local left=$((deadline - SECONDS))
  if [ "$left" -le 0 ]; then return 124; fi
  (cd "$data" && SCHEMATHESIS_HOOKS="$hooks" timeout --signal=INT --kill-after=10 "$left" \
    "$venv/bin/schemathesis" --config-file "$data/schemathesis.toml" run "$url/docs-json" \
    --phases "$1" \
    --header "Authorization: Bearer $token" \
    --exclude-path /auth/sign-out \
    --checks ignored_auth,not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance,negative_data_rejection,missing_required_header,unsupported_method,allow_header_conformance,use_after_free,ensure_resource_availability \
    --seed "${KHAI_SCHEMATHESIS_SEED:-1}" \
    --request-timeout 10 \
    --generation-database none \
    --no-color)
}
status=0
run_schemathesis stateful || status=$?
if [ "$status" -eq 0 ]; then run_schemathesis examples,coverage,fuzzing || status=$?; fi
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "schemathesis did not finish within $limit s" >&2
fi
if [ "$status" -ne 0 ] && grep -q 'ERROR' "$data/platform.log"; then
  echo "-- the platform's errors:" >&2
  grep -A20 'ERROR' "$data/platform.log" | head -100 >&2
fi
exit "$status"
