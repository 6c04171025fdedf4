#!/usr/bin/env bash
# HTTP search at scale: writes a generated seed set of SIZE listings into a temporary folder, starts one
# service on it (Release, Production, loopback, its own SQLite file and index, rate limit off), waits until
# it is ready (start-up imports the set and builds the index, printing progress), then runs wrk with
# tools/load/search.lua, plain and fully explained, and prints req/s and p50/p90/p99 for each.
#
#   bash tools/load/at-scale.sh                          1,000,000 listings, 20 s per run, 1 thread, 4 connections
#   SIZE=100000 DURATION=30s CONNECTIONS=8 bash tools/load/at-scale.sh
#
# Environment: SIZE, DURATION, THREADS, CONNECTIONS, WARMUP (default 10s), PORT (default 5090),
# KEEP (a folder: keep the seed set, database and index there and reuse them on the next run).
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${SIZE:-1000000}
duration=${DURATION:-20s}
threads=${THREADS:-1}
connections=${CONNECTIONS:-4}
warmup=${WARMUP:-10s}
port=${PORT:-5090}
url=http://127.0.0.1:$port

if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "wrk is not installed; run as root or: sudo apt-get install wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }
fi

if [ -n "${KEEP:-}" ]; then work=$KEEP; mkdir -p "$work"; else work=$(mktemp -d); fi
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

dotnet build -c Release src/Matchmaking.Api -v q -nologo >/dev/null
if [ ! -f "$work/seed/achievements.jsonl" ]; then
  dotnet run --no-build -c Release --project src/Matchmaking.Api -- seed --size "$size" --out "$work/seed"
fi

ASPNETCORE_ENVIRONMENT=Production Jwt__SigningKey="$(head -c 48 /dev/urandom | base64)" Urls="$url" \
  Storage__ConnectionString="Data Source=$work/matchmaking.db" Storage__SeedDirectory="$work/seed" \
  Search__IndexRoot="$work/indexes" RateLimit__Enabled=false \
  dotnet run --no-build -c Release --project src/Matchmaking.Api > "$work/serve.log" 2>&1 &
pid=$!
started=$(date +%s)
until curl -sf -o /dev/null "$url/healthz/ready"; do
  kill -0 "$pid" 2>/dev/null || { echo "the service stopped; its log:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
  sleep 10
  echo "  waiting for $url/healthz/ready ($(( $(date +%s) - started )) s): $(grep -o '[a-z ]*: [0-9]*% ([^)]*)[^"]*' "$work/serve.log" | tail -1)" >&2
done
echo "ready after $(( $(date +%s) - started )) s; working set $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/"$(pgrep -f -n 'Matchmaking.Api' || echo "$pid")"/status 2>/dev/null)"

# wrk's --latency table: "50%  1.23ms"; normalise us/ms/s to milliseconds.
ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }
for mode in plain full; do
  args=(); [ "$mode" = full ] && args=(-- full)
  wrk -t"$threads" -c"$connections" -d"$warmup" -s tools/load/search.lua "$url/graphql" "${args[@]}" >/dev/null
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" -s tools/load/search.lua --latency "$url/graphql" "${args[@]}")
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/' | tr '\n' ' ')
  echo "$mode: $(echo "$out" | awk '/Requests\/sec/ { print $2 }') req/s, p50 $(echo "$out" | ms 50%) ms, p90 $(echo "$out" | ms 90%) ms, p99 $(echo "$out" | ms 99%) ms ${errors}"
done
