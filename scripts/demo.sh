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
#   scripts/demo.sh [--mints N] [--keep]        (MINTS=N works too)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p .tmp/bin
echo "==> building the demo driver (e2e/cmd/stack)"
go build -o .tmp/bin/teeo-stack ./e2e/cmd/stack
args=("$@")
[ -z "${MINTS:-}" ] || args=(--mints "$MINTS" "${args[@]}")
.tmp/bin/teeo-stack demo "${args[@]}" &
pid=$!
# The driver stops what it started on SIGINT/SIGTERM (and its children die with it regardless).
trap 'kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT INT TERM
wait "$pid"
