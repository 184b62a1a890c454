#!/usr/bin/env bash
# Publishes a secret WebAssembly program (kept for its old name): `scripts/program.sh publish`.
#
#   scripts/publish-program.sh --name NAME --wasm FILE --rpc-url URL --router ADDR --author-key-file FILE \
#       [--ipfs-api HOST:PORT] [--fee WEI] [--allowlist]
#
# The first call creates the program under your address and publishes version 1; each later call
# publishes the next version. See scripts/program.sh for the other author commands.
exec "$(dirname "$0")/program.sh" publish "$@"
