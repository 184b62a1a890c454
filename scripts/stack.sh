#!/usr/bin/env bash
# Keeps the local stack running in the background for the web page and the dashboards.
#
#   scripts/stack.sh up [--web-port N] [--no-prometheus]   start it (`make up`); prints the URLs
#   scripts/stack.sh down                                  stop it (`make down`)
#   scripts/stack.sh status                                say whether it runs, print stack.json
#
# State directory: STACK_DIR (default .tmp/stack): stack.pid (the supervisor), pids/*.pid (its
# children), logs/*.log, stack.json and stack.env (`source .tmp/stack/stack.env`). The supervisor
# (e2e/cmd/stack `up`) runs in its own session, so closing the terminal does not stop it; its
# children die with it. The two workers run in INSECURE simulation mode (no SGX here).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dir=${STACK_DIR:-.tmp/stack}
pidfile=$dir/stack.pid

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "${1:-}" in
up)
  shift
  if running; then
    echo "stack already running (pid $(cat "$pidfile")); \`make down\` stops it"
    cat "$dir/stack.json"
    exit 0
  fi
  mkdir -p "$dir" .tmp/bin
  rm -f "$dir/ready"
  echo "==> building the stack driver (e2e/cmd/stack) [seconds warm; 1-3 min with a cold Go cache; kubo next: once, 3-10+ min]"
  go build -o .tmp/bin/teeo-stack ./e2e/cmd/stack
  setsid nohup .tmp/bin/teeo-stack up --dir "$dir" "$@" >"$dir/stack.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  echo "==> starting (log: $dir/stack.log)"
  shown=0
  while ! [ -f "$dir/ready" ]; do
    if ! running; then
      cat "$dir/stack.log" >&2
      echo "stack.sh: the stack did not start (see above and $dir/logs/)" >&2
      rm -f "$pidfile"
      exit 1
    fi
    # Relay the driver's progress lines as they come.
    n=$(wc -l <"$dir/stack.log")
    if [ "$n" -gt "$shown" ]; then sed -n "$((shown + 1)),${n}p" "$dir/stack.log"; shown=$n; fi
    sleep 0.5
  done
  sed -n "$((shown + 1)),\$p" "$dir/stack.log"
  ;;
down)
  if ! running; then
    echo "stack not running"
    rm -f "$pidfile"
    exit 0
  fi
  pid=$(cat "$pidfile")
  echo "==> stopping the stack (pid $pid)"
  kill -TERM "$pid"
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "stack.sh: still running after 60 s, killing" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile" "$dir/ready"
  echo "stopped (logs stay in $dir/logs until the next \`make up\`)"
  ;;
status)
  if running; then
    echo "running (pid $(cat "$pidfile"))"
    cat "$dir/stack.json" 2>/dev/null || true
  else
    echo "not running"
    exit 1
  fi
  ;;
*)
  sed -n '2,12p' "$0" >&2
  exit 2
  ;;
esac
