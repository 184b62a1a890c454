#!/usr/bin/env bash
# Throwaway PostgreSQL 15 clusters for tests and local runs.
#
#   scripts/pg.sh start DIR [PORT] [WATCH_PID]   init (if needed) and start a cluster in DIR on 127.0.0.1:PORT;
#                                                prints the connection URL on stdout. With WATCH_PID, a
#                                                watchdog stops the cluster and deletes DIR when that
#                                                process exits (a killed `go test` leaks nothing).
#   scripts/pg.sh stop DIR [MODE]                stop the cluster in DIR (MODE: fast|immediate, default fast)
#   scripts/pg.sh restart DIR                    restart the cluster in DIR (same port)
#   scripts/pg.sh url DIR                        print the URL of the cluster in DIR
#
# fsync is off: data does not survive a machine crash, which is fine for tests. As root, the server runs
# as user postgres (initdb refuses root). When the binaries are missing, installs Debian's postgresql.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

ensure_binaries() {
  if [ ! -x "$PGBIN/initdb" ]; then
    echo "pg.sh: $PGBIN/initdb missing, installing postgresql" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
  fi
}

# as_pg runs a command as the cluster owner (postgres when we are root).
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 - <<'EOF' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
EOF
}

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '2,12p' "$0" >&2; exit 2; }

case "$cmd" in
start)
  ensure_binaries
  port=${3:-}
  watch=${4:-}
  [ -n "$port" ] || port=$(free_port)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  echo "$port" >"$dir/port"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir/port"; fi
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300" \
    -w -t 30 start >/dev/null || { tail -n 20 "$dir/server.log" >&2; exit 1; }
  if [ -n "$watch" ]; then
    # Detached watchdog: outlives this script, dies with the cluster.
    nohup bash -c '
      while kill -0 '"$watch"' 2>/dev/null && [ -d "'"$dir"'/data" ]; do sleep 1; done
      if [ -d "'"$dir"'/data" ]; then
        '"$(declare -f as_pg)"'
        as_pg "'"$PGBIN"'/pg_ctl" -D "'"$dir"'/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "'"$dir"'"
      fi' >/dev/null 2>&1 </dev/null &
  fi
  echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
  ;;
stop)
  mode=${3:-fast}
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m "$mode" -w -t 30 stop >/dev/null
  fi
  ;;
restart)
  port=$(cat "$dir/port")
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300" \
    -w -t 30 restart >/dev/null
  ;;
url)
  echo "postgres://postgres@127.0.0.1:$(cat "$dir/port")/postgres?sslmode=disable"
  ;;
*)
  echo "pg.sh: unknown command $cmd" >&2; exit 2 ;;
esac
