#!/usr/bin/env bash
# Installs the project-local toolchain: Foundry (forge, anvil, cast), solc-js and forge-std, all from
# npm into tools/npm (committed package.json + lock file). Idempotent: a no-op when the lock file has
# not changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/../tools/npm"
stamp=node_modules/.installed-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp" \
   && [ -x node_modules/@foundry-rs/forge-linux-amd64/bin/forge ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
for b in forge anvil cast; do
  test -x "node_modules/@foundry-rs/$b-linux-amd64/bin/$b" || { echo "missing $b binary" >&2; exit 1; }
done
echo "tools: forge, anvil, cast, solc-js $(node -e "console.log(require('./node_modules/solc').version())") installed in tools/npm"
