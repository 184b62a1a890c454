#!/usr/bin/env bash
# The end-to-end demo (`make demo`): on a fresh machine it installs what is missing (Foundry and
# solc-js from npm, Kubo from the Go proxy, PostgreSQL from Debian when absent), then starts anvil
# (1-second blocks), a throwaway Postgres, an offline IPFS daemon, two enclave workers in their
# INSECURE simulation mode and the relayer in fresh temp dirs on free ports; deploys the contracts,
# registers both enclaves, creates the fleet on the first (keys on-chain) and joins the second,
# publishes the secret art program once to the fleet key (restricted to the dapp, with an author
# fee), shows a stranger's direct request refused on-chain, mints NFTs with inputs sealed to the
# fleet key whose art the program makes inside either worker, checks each tokenURI -> IPFS -> SVG,
# prints the time of each stage, stops everything it started and ends with
# `demo ok: <N> minted, 0 failed`.
#
# Every stage prints its name, an estimate and its time; while a long one runs (the first run
# builds Kubo: about 3 minutes on an idle 2-core machine, 10 or more on a loaded one) a line every
# 20 s says it is still going. Downloads and compiler output go to .tmp/logs/demo-build.log.
#
#   scripts/demo.sh [--mints N] [--keep]        (MINTS=N works too)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p .tmp/bin .tmp/logs
log=.tmp/logs/demo-build.log
: >"$log"
t_all=$(date +%s)

# stage NAME ESTIMATE CMD...: runs CMD with its output in the log, a heartbeat every 20 s.
stage() {
  local name=$1 est=$2
  shift 2
  local t0 pid rc=0 ticks=0
  t0=$(date +%s)
  printf '==> %-54s %s\n' "$name" "[$est]"
  echo "==> $name ($(date -u +%H:%M:%S))" >>"$log"
  "$@" >>"$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    ticks=$((ticks + 1))
    if [ $((ticks % 20)) -eq 0 ] && kill -0 "$pid" 2>/dev/null; then
      printf '    ... still %s: %d s so far (%s; output in %s)\n' "$name" "$(($(date +%s) - t0))" "$est" "$log"
    fi
  done
  wait "$pid" || rc=$?
  if [ "$rc" -ne 0 ]; then
    printf '    FAILED after %d s; the last lines of %s:\n' "$(($(date +%s) - t0))" "$log"
    tail -n 30 "$log" | sed 's/^/    | /'
    exit "$rc"
  fi
  printf '    done in %d s\n' "$(($(date +%s) - t0))"
}

kubo_est="one-time: about 3 min on an idle 2-core machine, 10+ min on a loaded one"
if [ -x tools/bin/ipfs ] && [ -f tools/bin/.ipfs-go.sum ] && cmp -s tools/kubo/go.sum tools/bin/.ipfs-go.sum; then
  kubo_est="already built: a second"
fi
echo "==> make demo: installs and builds what is missing, then runs the stack (build log: $log)"
stage "toolchain from npm (forge, anvil, cast, solc-js)" "seconds; a minute the first time" scripts/tools.sh
stage "kubo (IPFS) from the Go module proxy" "$kubo_est" scripts/kubo.sh
stage "demo driver (e2e/cmd/stack)" "seconds warm; 1-3 min with a cold Go cache" go build -o .tmp/bin/teeo-stack ./e2e/cmd/stack
stage "worker, relayer, teeo, art program (wasip1)" "seconds warm; 1-3 min cold" \
  bash -c 'go build -trimpath -o .tmp/bin/ ./enclave/cmd/worker ./cmd/teeo ./relayer/cmd/relayer &&
           GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 go build -trimpath -o .tmp/bin/art.wasm ./examples/art/program'
echo "    installs and builds: $(($(date +%s) - t_all)) s"
args=("$@")
[ -z "${MINTS:-}" ] || args=(--mints "$MINTS" "${args[@]}")
.tmp/bin/teeo-stack demo "${args[@]}" &
pid=$!
# The driver stops what it started on SIGINT/SIGTERM (and its children die with it regardless).
trap 'kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT INT TERM
wait "$pid"
