#!/usr/bin/env bash
# Publishes a secret WebAssembly program for one enclave, in one command (for program authors):
# encrypts the module to the enclave's encryption key AS REGISTERED ON-CHAIN (the chain decides
# which keys count), uploads the ciphertext to IPFS and records its CID in the ProgramRegistry
# (commitProgram, then registerAndPublish a block later; publish when you already author the program, e.g. for a second enclave).
# Nobody but that enclave can read the module; programId = keccak256 of the plaintext module.
#
#   scripts/publish-program.sh --wasm FILE --rpc URL --router ADDR --program-registry ADDR \
#       --enclave-signer ADDR [--ipfs-api HOST:PORT] [--key-file FILE] [--allow-simulation]
#
# The author's key: --key-file (a file holding the hex private key; dev chains) or cast wallet
# flags in CAST_WALLET_ARGS (e.g. "--ledger" or "--keystore ~/.foundry/keystores/artist").
# --allow-simulation accepts an enclave registered in INSECURE simulation mode (dev chains only).
# Tools: TEEO (default: `go run ./cmd/teeo`), CAST (default: the project's cast).
# Prints `program_id=...`, `cid=...`, `enclave=...` on stdout.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

wasm= rpc= router= registry= signer= ipfs=127.0.0.1:5001 keyfile= sim=
while [ $# -gt 0 ]; do
  case "$1" in
    --wasm) wasm=$2; shift 2 ;;
    --rpc) rpc=$2; shift 2 ;;
    --router) router=$2; shift 2 ;;
    --program-registry) registry=$2; shift 2 ;;
    --enclave-signer) signer=$2; shift 2 ;;
    --ipfs-api) ipfs=$2; shift 2 ;;
    --key-file) keyfile=$2; shift 2 ;;
    --allow-simulation) sim=--allow-simulation; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "publish-program.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for pair in wasm:wasm rpc:rpc router:router registry:program-registry signer:enclave-signer; do
  var=${pair%%:*}
  [ -n "${!var}" ] || { echo "publish-program.sh: --${pair#*:} is required (see --help)" >&2; exit 2; }
done
[ -f "$wasm" ] || { echo "publish-program.sh: $wasm: no such file" >&2; exit 2; }

# The key comes from the chain (--rpc): other key sources in teeo's environment would conflict.
unset TEEO_WORKER_URL TEEO_ENCLAVE_KEY
if [ -n "${TEEO:-}" ]; then teeo=("$TEEO"); else teeo=(go run "$root/cmd/teeo"); fi
cast=${CAST:-$root/tools/npm/node_modules/@foundry-rs/cast-linux-amd64/bin/cast}
[ -x "$cast" ] || "$root/scripts/tools.sh" >&2
wallet=()
if [ -n "$keyfile" ]; then
  wallet=(--private-key "$(tr -d ' \n\r' <"$keyfile")")
elif [ -n "${CAST_WALLET_ARGS:-}" ]; then
  read -r -a wallet <<<"$CAST_WALLET_ARGS"
else
  echo "publish-program.sh: give --key-file or CAST_WALLET_ARGS" >&2; exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. programId and the ciphertext for the enclave's registered key.
program_id=$("${teeo[@]}" program-id --wasm "$wasm")
"${teeo[@]}" encrypt-program --wasm "$wasm" --rpc "$rpc" --router "$router" --enclave-signer "$signer" \
  $sim --out "$tmp/program.enc" >/dev/null
# 2. IPFS.
cid=$("${teeo[@]}" upload --file "$tmp/program.enc" --ipfs-api "$ipfs")
# 3. On-chain record: register it (first time) or publish it for one more enclave.
send() {
  "$cast" send --rpc-url "$rpc" "${wallet[@]}" "$registry" "$@" >"$tmp/send.log" 2>&1 \
    || { cat "$tmp/send.log" >&2; exit 1; }
}
author=$("$cast" call --rpc-url "$rpc" "$registry" "programs(bytes32)(address,bool)" "$program_id" | head -n1)
if [ "$author" = 0x0000000000000000000000000000000000000000 ]; then
  # Commit-reveal, so that nobody watching the mempool can claim the programId first: commit to
  # (programId, author, salt), then register once the commitment is mined (cast send waits for it).
  me=$("$cast" wallet address "${wallet[@]}")
  salt=0x$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  commitment=$("$cast" call --rpc-url "$rpc" "$registry" "registrationCommitment(bytes32,address,bytes32)(bytes32)" \
    "$program_id" "$me" "$salt")
  send "commitProgram(bytes32)" "$commitment"
  send "registerAndPublish(bytes32,bytes32,address,string)" "$program_id" "$salt" "$signer" "$cid"
else
  send "publish(bytes32,address,string)" "$program_id" "$signer" "$cid"
fi
# 4. Check what the relayer will read.
got=$("$cast" call --rpc-url "$rpc" "$registry" "cidFor(bytes32,address)(string)" "$program_id" "$signer" | tr -d '"')
if [ "$got" != "$cid" ]; then
  echo "publish-program.sh: registry holds CID '$got' for $signer, expected $cid" >&2
  exit 1
fi
echo "program_id=$program_id"
echo "cid=$cid"
echo "enclave=$signer"
