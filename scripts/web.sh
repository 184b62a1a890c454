#!/usr/bin/env bash
# Installs the example web pages' npm packages (esbuild, playwright-core; committed package.json +
# lock in examples/nft/web) and the SDK's (scripts/sdk.sh: viem, @hpke/*), and bundles the pages
# (examples/nft/web, examples/credit/web) with the SDK into their dist/ folders.
# Idempotent: npm ci only when a lock file changed since the last install.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/sdk.sh" --no-build
cd "$root/examples/nft/web"
stamp=node_modules/.installed-lock
if ! { [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; }; then
  npm ci --no-audit --no-fund --loglevel=error >&2
  cp package-lock.json "$stamp"
fi
node build.mjs >&2
if [ -f "$root/examples/credit/web/build.mjs" ]; then node "$root/examples/credit/web/build.mjs" >&2; fi
