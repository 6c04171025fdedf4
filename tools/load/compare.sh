#!/usr/bin/env bash
# One node vs two through nginx, with wrk and tools/load/search.lua, against the cluster that
# `MATCHMAKING_CLUSTER_ARGS=--RateLimit:Enabled=false bash scripts/cluster.sh start` runs (loopback only;
# with the rate limit on, one client address gets 429 past 120 anonymous requests a minute). Prints req/s and p50/p99 for each target and
# the two-node/one-node throughput ratio.
#
#   bash tools/load/compare.sh                 30 s per target, 2 threads, 16 connections
#   DURATION=60s CONNECTIONS=32 bash tools/load/compare.sh -- full
#
# Environment: ONE (default http://127.0.0.1:5081, node a alone), TWO (default http://127.0.0.1:8080,
# nginx over a and b), DURATION, THREADS, CONNECTIONS, WARMUP (default 5s). Arguments after `--` go to
# the lua script (`full` asks for highlights, matched terms and facets).
set -euo pipefail
cd "$(dirname "$0")/../.."
one=${ONE:-http://127.0.0.1:5081}
two=${TWO:-http://127.0.0.1:8080}
duration=${DURATION:-30s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
warmup=${WARMUP:-5s}
script_args=()
if [ "${1:-}" = "--" ]; then shift; script_args=(-- "$@"); fi

for url in "$one" "$two"; do
  case "$url" in
    http://127.*|http://localhost*|http://\[::1\]*) ;;
    *) echo "only loopback targets: $url" >&2; exit 2 ;;
  esac
  curl -sf -o /dev/null "$url/healthz" || { echo "$url/healthz is not ready; run: bash scripts/cluster.sh start" >&2; exit 1; }
done

if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "wrk is not installed; run as root or: sudo apt-get install wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }
fi

# wrk's --latency table: "50%  1.23ms"; normalise us/ms/s to milliseconds.
ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }

run() {
  local name=$1 url=$2 out
  wrk -t "$threads" -c "$connections" -d "$warmup" -s tools/load/search.lua "$url/graphql" "${script_args[@]}" >/dev/null
  out=$(wrk -t "$threads" -c "$connections" -d "$duration" --latency -s tools/load/search.lua "$url/graphql" "${script_args[@]}")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p50=$(ms 50% <<<"$out")
  p99=$(ms 99% <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ { print $5 } /Socket errors:/ { print "socket:" $0 }' <<<"$out" | tr '\n' ' ')
  printf '%-28s %10s req/s   p50 %8s ms   p99 %8s ms   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-no errors}" >&2
  echo "$rps"
}

echo "wrk -t $threads -c $connections -d $duration (after a $warmup warm-up), tools/load/search.lua ${script_args[*]}" >&2
one_rps=$(run "one node ($one)" "$one")
two_rps=$(run "two nodes via nginx ($two)" "$two")
awk -v a="$one_rps" -v b="$two_rps" 'BEGIN { printf "two/one throughput ratio: %.2f\n", b / a }'
