#!/usr/bin/env bash
# Validates docker-compose.yml with `docker-compose config` (no engine needed):
#  1. with throwaway secrets it is valid;
#  2. without them it fails and names the missing variable (no committed fallback secret);
#  3. no secret has a `${VAR:-default}` fallback in the file.
set -euo pipefail
cd "$(dirname "$0")/.."

with_secrets_except() {
  (
    export MATCHMAKING_JWT_KEY=throwaway-ci-only-signing-key-0123456789abcdef MATCHMAKING_DB_PASSWORD=throwaway-ci-only
    [ -n "$1" ] && unset "$1"
    docker-compose -f docker-compose.yml config -q
  )
}

with_secrets_except ""
echo "docker-compose.yml is valid with the required secrets set"

for missing in MATCHMAKING_JWT_KEY MATCHMAKING_DB_PASSWORD; do
  if output=$(with_secrets_except "$missing" 2>&1) || ! grep -q "$missing" <<<"$output"; then
    echo "docker-compose.yml must fail without $missing and name it; got: $output" >&2
    exit 1
  fi
done
echo "docker-compose.yml refuses to start without MATCHMAKING_JWT_KEY or MATCHMAKING_DB_PASSWORD"

if grep -nE '(KEY|PASSWORD|SECRET)[A-Z_]*:-' docker-compose.yml; then
  echo "docker-compose.yml gives a secret a default value" >&2
  exit 1
fi
