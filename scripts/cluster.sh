#!/usr/bin/env bash
# A local cluster on loopback ports: PostgreSQL, two API nodes (a, b) built once from this clone, and
# nginx as their round-robin load balancer.
#
#   bash scripts/cluster.sh start     build, start PostgreSQL, node a (seeds an empty database), node b, nginx
#   bash scripts/cluster.sh status    pid and health of each process
#   bash scripts/cluster.sh stop      stop nginx and the nodes (PostgreSQL keeps running)
#
# Everything it writes is under .cluster/ (git-ignored): app/ (the build), nodes/<name>/ (data root and
# index of each node), secrets/jwt.key (generated at the first start), logs/, pids/, nginx.conf.
# Environment: MATCHMAKING_CLUSTER_PORT (nginx, default 8080), MATCHMAKING_CLUSTER_NODE_PORTS (default
# "5081 5082"), MATCHMAKING_CLUSTER_DB (database, default mm_cluster), MATCHMAKING_CLUSTER_ENV (default
# Production), MATCHMAKING_CLUSTER_NO_BUILD=1 to reuse .cluster/app, MATCHMAKING_CLUSTER_ARGS (more
# arguments for both nodes, e.g. "--RateLimit:Enabled=false" for a load test from one address).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
run=$repo/.cluster
lb_port=${MATCHMAKING_CLUSTER_PORT:-8080}
read -r -a node_ports <<<"${MATCHMAKING_CLUSTER_NODE_PORTS:-5081 5082}"
read -r -a extra_args <<<"${MATCHMAKING_CLUSTER_ARGS:-}"
node_names=(a b)
database=${MATCHMAKING_CLUSTER_DB:-mm_cluster}
environment=${MATCHMAKING_CLUSTER_ENV:-Production}

log() { echo "cluster: $*"; }
die() { echo "cluster: $*" >&2; exit 1; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Waits for GET url to answer 200; fails early when the process behind pid_file died.
wait_ok() {
  local url=$1 pid_file=$2 seconds=$3 log_file=$4
  for _ in $(seq 1 $((seconds * 5))); do
    curl -sf -o /dev/null "$url" && return 0
    alive "$pid_file" || { tail -n 30 "$log_file" >&2; die "the process behind $url exited; see $log_file"; }
    sleep 0.2
  done
  tail -n 30 "$log_file" >&2
  die "$url did not answer 200 within ${seconds}s; see $log_file"
}

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

start_postgres() {
  local base
  base=$(bash scripts/start-postgres.sh | tail -n 1)
  as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname='$database'" | grep -q 1 \
    || as_postgres createdb -O mm "$database"
  connection=${base/Database=mm/Database=$database}
}

ensure_nginx() {
  command -v nginx >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || die "nginx is not installed; run as root or: sudo apt-get install nginx"
  log "installing nginx (Debian package)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null; }
}

write_nginx_conf() {
  local servers=""
  for port in "${node_ports[@]}"; do
    servers+="    server 127.0.0.1:$port max_fails=2 fail_timeout=5s;"$'\n'
  done
  mkdir -p "$run/nginx-temp"
  cat >"$run/nginx.conf" <<EOF
# Written by scripts/cluster.sh; the docker-compose twin is deploy/nginx.conf.
worker_processes 1;
pid $run/pids/nginx.pid;
error_log $run/logs/nginx-error.log warn;

events {
  worker_connections 1024;
}

http {
  access_log off;
  client_body_temp_path $run/nginx-temp/body;
  proxy_temp_path $run/nginx-temp/proxy;
  fastcgi_temp_path $run/nginx-temp/fastcgi;
  uwsgi_temp_path $run/nginx-temp/uwsgi;
  scgi_temp_path $run/nginx-temp/scgi;

  upstream matchmaking {
$servers    keepalive 64;
  }

  server {
    listen 127.0.0.1:$lb_port;
    client_max_body_size 1m;

    # Prometheus scrapes each node on its own port.
    location = /metrics {
      return 404;
    }

    location / {
      proxy_pass http://matchmaking;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
EOF
}

start_node() {
  local name=$1 port=$2
  local pid_file=$run/pids/$name.pid log_file=$run/logs/$name.log root=$run/nodes/$name
  if alive "$pid_file"; then
    log "node $name already running (pid $(cat "$pid_file"))"
    return 0
  fi
  port_busy "$port" && die "port $port is in use; set MATCHMAKING_CLUSTER_NODE_PORTS"
  mkdir -p "$root"
  # Secrets through the environment, not the command line (which `ps` shows to every user).
  (
    cd "$run/app"
    export ASPNETCORE_ENVIRONMENT=$environment Jwt__SigningKey="$(cat "$run/secrets/jwt.key")" Storage__ConnectionString="$connection"
    exec nohup dotnet Matchmaking.Api.dll --urls "http://127.0.0.1:$port" \
      --Node:Name="$name" --DataRoot="$root" --Search:IndexRoot="$root/indexes" \
      --Storage:Provider=Postgres --Storage:SeedDirectory="$repo/seed-data" \
      --Search:SynonymsPath="$repo/indexes/analysis/synonyms.txt" "${extra_args[@]}" >"$log_file" 2>&1
  ) &
  echo $! >"$pid_file"
  log "node $name starting on http://127.0.0.1:$port (pid $(cat "$pid_file"), log $log_file)"
  # The first node on an empty database seeds it and builds its index: minutes on 2 cores.
  wait_ok "http://127.0.0.1:$port/healthz" "$pid_file" 900 "$log_file"
  log "node $name ready"
}

start() {
  mkdir -p "$run/logs" "$run/pids" "$run/nodes" "$run/secrets"
  [ "${#node_ports[@]}" = "${#node_names[@]}" ] || die "MATCHMAKING_CLUSTER_NODE_PORTS needs ${#node_names[@]} ports"
  if [ ! -s "$run/secrets/jwt.key" ]; then
    (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n' >"$run/secrets/jwt.key")
    log "generated a JWT signing key in .cluster/secrets/jwt.key"
  fi

  log "PostgreSQL (database $database)"
  start_postgres

  if [ "${MATCHMAKING_CLUSTER_NO_BUILD:-}" != 1 ] || [ ! -f "$run/app/Matchmaking.Api.dll" ]; then
    log "building the API once into .cluster/app"
    dotnet publish src/Matchmaking.Api -c Release -o "$run/app" --nologo -v quiet >"$run/logs/build.log" 2>&1 \
      || { tail -n 30 "$run/logs/build.log" >&2; die "build failed; see .cluster/logs/build.log"; }
  fi

  # One after the other: node a migrates and seeds an empty database (under an advisory lock, so a
  # node starting alongside would only wait for it), then node b builds its index from the full database.
  for i in "${!node_names[@]}"; do
    start_node "${node_names[$i]}" "${node_ports[$i]}"
  done

  ensure_nginx
  if alive "$run/pids/nginx.pid"; then
    log "nginx already running; reloading its configuration"
    write_nginx_conf
    nginx -p "$run" -c "$run/nginx.conf" -s reload
  else
    port_busy "$lb_port" && die "port $lb_port is in use; set MATCHMAKING_CLUSTER_PORT"
    write_nginx_conf
    nginx -p "$run" -c "$run/nginx.conf" -t -q 2>>"$run/logs/nginx-error.log" || die "bad nginx config; see .cluster/logs/nginx-error.log"
    nginx -p "$run" -c "$run/nginx.conf"
  fi

  for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$lb_port/healthz" && break; sleep 0.2; done
  curl -sf -o /dev/null "http://127.0.0.1:$lb_port/healthz" || die "nginx does not answer on port $lb_port"
  log "ready: http://127.0.0.1:$lb_port/graphql (nginx) → ${node_ports[*]}"
  log "admin token: (cd .cluster/app && Jwt__SigningKey=\$(cat ../secrets/jwt.key) dotnet Matchmaking.Api.dll token --role ADMIN --subject admin-1)"
}

stop_pid() {
  local name=$1 pid_file=$2
  if ! alive "$pid_file"; then
    rm -f "$pid_file"
    return 0
  fi
  local pid
  pid=$(cat "$pid_file")
  kill "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop in 10 s; killing it"
    kill -9 "$pid"
  fi
  rm -f "$pid_file"
  log "$name stopped"
}

stop() {
  if alive "$run/pids/nginx.pid"; then
    nginx -p "$run" -c "$run/nginx.conf" -s quit || kill "$(cat "$run/pids/nginx.pid")"
    for _ in $(seq 1 50); do alive "$run/pids/nginx.pid" || break; sleep 0.1; done
    log "nginx stopped"
  fi
  for name in "${node_names[@]}"; do
    stop_pid "node $name" "$run/pids/$name.pid"
  done
}

status() {
  local failed=0
  for i in "${!node_names[@]}"; do
    local name=${node_names[$i]} port=${node_ports[$i]}
    if alive "$run/pids/$name.pid"; then
      echo "node $name: pid $(cat "$run/pids/$name.pid"), http://127.0.0.1:$port healthz=$(curl -s "http://127.0.0.1:$port/healthz") ready=$(curl -s "http://127.0.0.1:$port/healthz/ready")"
    else
      echo "node $name: not running"
      failed=1
    fi
  done
  if alive "$run/pids/nginx.pid"; then
    echo "nginx: pid $(cat "$run/pids/nginx.pid"), http://127.0.0.1:$lb_port healthz=$(curl -s "http://127.0.0.1:$lb_port/healthz")"
  else
    echo "nginx: not running"
    failed=1
  fi
  return $failed
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
