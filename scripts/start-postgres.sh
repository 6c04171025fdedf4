#!/usr/bin/env bash
# Starts a local PostgreSQL 15 (Debian package) for the test suite and prints its connection string.
# Idempotent: safe to run when the server is already up or the role and database already exist.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not installed; run as root or: sudo apt-get install postgresql" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 150); do pg_isready -q -h 127.0.0.1 && break; sleep 0.2; done
pg_isready -q -h 127.0.0.1 || { echo "PostgreSQL did not start" >&2; exit 1; }

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='mm'" | grep -q 1 \
  || as_postgres psql -qc "CREATE ROLE mm LOGIN PASSWORD 'mm' CREATEDB"
as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname='mm'" | grep -q 1 \
  || as_postgres createdb -O mm mm
echo "Host=127.0.0.1;Port=5432;Username=mm;Password=mm;Database=mm"
