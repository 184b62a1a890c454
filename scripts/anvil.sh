#!/usr/bin/env bash
# Runs the project-local anvil (installed from npm by scripts/tools.sh) on loopback.
#
#   scripts/anvil.sh [PORT] [ANVIL ARGS...]
#
# PORT defaults to 8545. The script execs anvil, so its PID is anvil's own (tests signal it directly).
# Chain id 31337, the usual ten dev accounts ("test test ... junk" mnemonic).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
anvil=${ANVIL:-$root/tools/npm/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil}
if [ ! -x "$anvil" ]; then
  "$root/scripts/tools.sh" >&2
fi
port=${1:-8545}
shift || true
exec "$anvil" --host 127.0.0.1 --port "$port" --silent "$@"
