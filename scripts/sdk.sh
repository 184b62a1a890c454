#!/usr/bin/env bash
# Installs the TypeScript SDK's npm packages (sdk/package.json + committed lock file: viem, @hpke/*,
# typescript, esbuild) and builds it into sdk/dist. Idempotent: npm ci only when the lock file
# changed since the last install. The example pages bundle the SDK from sdk/src with esbuild.
set -euo pipefail
cd "$(dirname "$0")/../sdk"
stamp=node_modules/.installed-lock
if ! { [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; }; then
  npm ci --no-audit --no-fund --loglevel=error >&2
  cp package-lock.json "$stamp"
fi
if [ "${1:-}" != "--no-build" ]; then
  node_modules/.bin/tsc -p tsconfig.json >&2
fi
