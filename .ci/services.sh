#!/usr/bin/env bash
# Starts and stops the Redis and PostgreSQL servers the store tests run against in CI.
#   .ci/services.sh start   install if missing, start both on 127.0.0.1, create role/db ptero, wait until ready
#   .ci/services.sh stop    stop what `start` started
# After `start`, run the tests with:
#   TEST_REDIS_URL=redis://127.0.0.1:6379 TEST_POSTGRES_URL=postgresql://ptero:ptero@127.0.0.1:5432/ptero
# (also appended to $GITHUB_ENV when that exists).
set -euo pipefail

STATE_DIR="${CI_SERVICES_DIR:-${TMPDIR:-/tmp}/ptero-ci-services}"
REDIS_PORT=6379
PG_USER=ptero
PG_PASSWORD=ptero
PG_DATABASE=ptero
WAIT_SECONDS=60

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
  as_postgres() { runuser -u postgres -- "$@"; }
else
  SUDO=(sudo)
  as_postgres() { sudo -u postgres "$@"; }
fi

log() { printf '[services] %s\n' "$*" >&2; }

# The newest PostgreSQL major installed (Debian/Ubuntu layout), empty when none is.
pg_version() {
  if [ -d /usr/lib/postgresql ]; then
    find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n 1
  fi
}

pg_port() {
  pg_lsclusters --no-header 2>/dev/null | awk -v v="$1" '$1 == v && $2 == "main" { print $3 }'
}

install_if_missing() {
  if command -v redis-server >/dev/null 2>&1 && command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(pg_version)" ]; then
    log "redis-server and postgresql already installed"
    return
  fi
  log "installing redis-server and postgresql"
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server postgresql >/dev/null
}

wait_for() {
  local what="$1"
  shift
  local deadline=$((SECONDS + WAIT_SECONDS))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$what did not become ready within ${WAIT_SECONDS}s"
      return 1
    fi
    sleep 0.2
  done
  log "$what is ready"
}

redis_answers() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; }

start_redis() {
  if redis_answers; then
    log "redis already answers on 127.0.0.1:$REDIS_PORT"
    return
  fi
  mkdir -p "$STATE_DIR"
  # No persistence: the tests isolate themselves by namespace and need nothing to survive a restart.
  redis-server --daemonize yes --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$STATE_DIR" --pidfile "$STATE_DIR/redis.pid" --logfile "$STATE_DIR/redis.log"
  wait_for "redis" redis_answers
}

start_postgres() {
  local version port
  version="$(pg_version)"
  if [ -z "$version" ]; then
    log "no PostgreSQL installation found under /usr/lib/postgresql"
    return 1
  fi
  if [ -z "$(pg_port "$version")" ]; then
    log "creating cluster $version/main"
    "${SUDO[@]}" pg_createcluster "$version" main >/dev/null
  fi
  if pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    log "postgresql $version/main already running"
  else
    log "starting postgresql $version/main"
    "${SUDO[@]}" pg_ctlcluster "$version" main start
  fi
  port="$(pg_port "$version")"
  if [ "$port" != "5432" ]; then
    log "warning: cluster $version/main listens on port $port, not 5432"
  fi
  wait_for "postgresql (server)" pg_isready -q -h 127.0.0.1 -p "$port"

  as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
SQL
  if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'" | grep -q 1; then
    as_postgres createdb -p "$port" -O "$PG_USER" "$PG_DATABASE"
  fi
  wait_for "postgresql (role $PG_USER)" \
    env PGPASSWORD="$PG_PASSWORD" psql -h 127.0.0.1 -p "$port" -U "$PG_USER" -d "$PG_DATABASE" -tAc 'SELECT 1'
}

stop_redis() {
  local pidfile="$STATE_DIR/redis.pid"
  if [ ! -f "$pidfile" ]; then
    log "no redis pidfile at $pidfile: nothing of ours to stop"
    return
  fi
  local pid
  pid="$(cat "$pidfile")"
  if kill "$pid" 2>/dev/null; then
    local deadline=$((SECONDS + WAIT_SECONDS))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
    log "redis (pid $pid) stopped"
  fi
  rm -f "$pidfile"
}

stop_postgres() {
  local version
  version="$(pg_version)"
  if [ -n "$version" ] && pg_lsclusters --no-header 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    "${SUDO[@]}" pg_ctlcluster "$version" main stop
    log "postgresql $version/main stopped"
  fi
}

case "${1:-}" in
  start)
    install_if_missing
    start_redis
    start_postgres
    redis_url="redis://127.0.0.1:$REDIS_PORT"
    pg_url="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$(pg_port "$(pg_version)")/$PG_DATABASE"
    if [ -n "${GITHUB_ENV:-}" ]; then
      printf 'TEST_REDIS_URL=%s\nTEST_POSTGRES_URL=%s\n' "$redis_url" "$pg_url" >>"$GITHUB_ENV"
    fi
    printf 'TEST_REDIS_URL=%s\nTEST_POSTGRES_URL=%s\n' "$redis_url" "$pg_url"
    ;;
  stop)
    stop_redis
    stop_postgres
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 64
    ;;
esac
