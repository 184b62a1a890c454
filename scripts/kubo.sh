#!/usr/bin/env bash
# Builds the Kubo IPFS daemon (github.com/ipfs/kubo/cmd/ipfs) from the Go module proxy into
# tools/bin/ipfs, through the separate tools module in tools/kubo (its go.mod pins the version with a
# `tool` directive, so the main module does not pull in kubo's dependency graph).
# Idempotent: a no-op when tools/bin/ipfs exists and was built from the current tools/kubo/go.sum.
# About 2 minutes cold. Prints the binary path on stdout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/tools/bin/ipfs"
stamp="$root/tools/bin/.ipfs-go.sum"
mod="$root/tools/kubo"
if [ -x "$bin" ] && [ -f "$stamp" ] && cmp -s "$mod/go.sum" "$stamp"; then
  echo "$bin"
  exit 0
fi
mkdir -p "$root/tools/bin"
# Serialise concurrent builds (several test binaries may call this at once).
exec 9>"$root/tools/bin/.ipfs-build.lock"
flock 9
if [ -x "$bin" ] && [ -f "$stamp" ] && cmp -s "$mod/go.sum" "$stamp"; then
  echo "$bin"
  exit 0
fi
echo "kubo.sh: building kubo into $bin (one-time, about 2 minutes)" >&2
cd "$mod"
tmp="$bin.tmp.$$"
CGO_ENABLED=0 GOWORK=off go build -trimpath -o "$tmp" github.com/ipfs/kubo/cmd/ipfs
mv -f "$tmp" "$bin"
cp go.sum "$stamp"
echo "kubo.sh: $("$bin" version)" >&2
echo "$bin"
