#!/usr/bin/env bash
# The program author's one command (issue 12): publish a program and manage it on the router.
# A program is yours by construction: programId = keccak256(abi.encode(your address, keccak256(name))),
# so nobody else can register, squat or block it.
#
#   scripts/program.sh publish  --name NAME --wasm FILE [--fee WEI|0.0004ether] [--allowlist] [--suite x25519|xwing]
#                               first time: creates the program (fee, policy) and publishes version 1;
#                               later: publishes the next version (it becomes current). The module is
#                               sealed to the fleet key the router records (read from the chain), signed
#                               by you (manifest: programId, version, codeHash) and uploaded to IPFS.
#   scripts/program.sh policy   --name NAME [--fee WEI] [--open | --allowlist]
#   scripts/program.sh allow    --name NAME --requester ADDR [--requester ADDR...] [--remove]
#   scripts/program.sh retire   --name NAME --below N          retire every version below N
#   scripts/program.sh withdraw --name NAME [--to ADDR]        your earned author fees
#   scripts/program.sh show     --name NAME [--author ADDR] | --program-id ID
#
# Every command takes --rpc-url URL --router ADDR --author-key-file FILE (or TEEO_RPC_URL,
# TEEO_ROUTER, TEEO_AUTHOR_KEY_FILE; `source .tmp/stack/stack.env` sets them for the `make up`
# stack) and publish --ipfs-api HOST:PORT (TEEO_IPFS_API). Each prints what it did and the
# transaction hash, then key=value lines (program_id=, version=, cid=, tx=, ...); a refusal names
# the router's custom error. It runs `teeo program` (TEEO: a teeo binary; default: cmd/teeo built
# into .tmp/bin/teeo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
case "${1:-}" in
  publish|policy|allow|retire|withdraw|show) ;;
  ""|-h|--help) sed -n '2,22p' "$0"; exit 0 ;;
  *) echo "program.sh: unknown command $1 (see --help)" >&2; exit 2 ;;
esac
if [ -z "${TEEO:-}" ]; then
  TEEO=$root/.tmp/bin/teeo
  (cd "$root" && mkdir -p .tmp/bin && go build -o "$TEEO" ./cmd/teeo)
fi
exec "$TEEO" program "$@"
