#!/usr/bin/env bash
# Installs the ArtMinter web page's npm packages (viem, esbuild, playwright-core; committed
# package.json + lock in examples/nft/web) and bundles the page into examples/nft/web/dist.
# Idempotent: npm ci only when the lock file changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/../examples/nft/web"
stamp=node_modules/.installed-lock
if ! { [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; }; then
  npm ci --no-audit --no-fund --loglevel=error >&2
  cp package-lock.json "$stamp"
fi
node build.mjs >&2
