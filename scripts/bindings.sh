#!/usr/bin/env bash
# Regenerates bindings/teeoracle.go from the forge artifacts (abigen v2 pinned by go.mod).
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./bindings/cmd/genbindings
echo "bindings: wrote bindings/teeoracle.go"
