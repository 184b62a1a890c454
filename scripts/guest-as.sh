#!/usr/bin/env bash
# guest-as: install the AssemblyScript compiler of guest/assemblyscript (npm ci, from its
# committed package-lock.json) and build the AssemblyScript example program.
#
# Usage: scripts/guest-as.sh [install|build]   (default build: installs first if needed)
# Output: examples/egress/as/build/price.wasm
set -euo pipefail
cd "$(dirname "$0")/.."
lib=guest/assemblyscript
if [ ! -x "$lib/node_modules/.bin/asc" ] || [ "$lib/package-lock.json" -nt "$lib/node_modules/.package-lock.json" ]; then
  (cd "$lib" && npm ci --no-audit --no-fund --loglevel=error)
fi
[ "${1:-build}" = install ] && exit 0
cd examples/egress/as
../../../$lib/node_modules/.bin/asc assembly/index.ts --config asconfig.json --target release
echo "built examples/egress/as/build/price.wasm"
