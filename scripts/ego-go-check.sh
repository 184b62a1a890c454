#!/usr/bin/env bash
# ego-go-check: prove that the packages built into the enclave compile with the Go release that
# EGo's ego-go is built on, using that exact Go release from the Go module proxy (GOTOOLCHAIN).
#
# Which Go EGo ships: ego-go is EGo's patched Go ("ertgo", the _ertgo submodule of
# github.com/edgelesssys/ego). EGo v1.8.1 (the version in go.mod) pins ertgo at Go 1.25.6
# (ego commit 72f92fc "update go to 1.25.6", tagged in v1.8.1; its Dockerfiles download
# go1.25.6 for the same build). EGo v1.8.0 shipped Go 1.25.1, v1.9.0 ships Go 1.26.1.
#
# How: the real go.mod is never touched. A temporary copy of go.mod/go.sum gets the go directive
# of that release (ego-go refuses a go.mod whose go line is newer than itself), then
#   GOTOOLCHAIN=go1.25.6 go build -modfile=<copy> <packages>
# builds with the real module requirements. Modules of the build list that declare a newer go
# line than the release are listed first (any one of them makes the build refuse to start).
#
# Usage: scripts/ego-go-check.sh [packages...]   (default: ./enclave/... ./protocol/... ./dcap/...)
# Env:   EGO_GO=go1.25.6 (the release to check), GO=go (the go command that fetches it).
# Exit status 0 only when every package builds. Idempotent: writes nothing in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

EGO_GO=${EGO_GO:-go1.25.6}
GO=${GO:-go}
if [ $# -gt 0 ]; then pkgs=("$@"); else pkgs=(./enclave/... ./protocol/... ./dcap/...); fi
want=${EGO_GO#go}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp go.mod "$tmp/go.mod"
cp go.sum "$tmp/go.sum"
GOTOOLCHAIN=local "$GO" mod edit -go="$want" -toolchain=none "$tmp/go.mod"

echo "ego-go-check: EGo v1.8.1 ships Go $want (ertgo); checking ${pkgs[*]} with GOTOOLCHAIN=$EGO_GO"

# Modules in the build list (of the real go.mod, read only) whose go directive is newer than the release.
newer() { [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | tail -1)" = "$1" ]; }
blocking=0
while read -r mod gov; do
	[ -n "$gov" ] || continue
	case $mod in *@) continue ;; esac # the main module: its go line is lowered in the copy
	if newer "$gov" "$want"; then
		echo "ego-go-check: BLOCKING module $mod declares go $gov (newer than $want)"
		blocking=$((blocking + 1))
	fi
done < <(GOTOOLCHAIN=local "$GO" list -m -f '{{.Path}}@{{.Version}} {{.GoVersion}}' all)

# How many packages the check covers (local toolchain, real go.mod).
n=$(GOTOOLCHAIN=local "$GO" list "${pkgs[@]}" | wc -l)
ndeps=$(GOTOOLCHAIN=local "$GO" list -deps "${pkgs[@]}" | wc -l)

# The actual check: the real release builds the packages.
if ! GOTOOLCHAIN="$EGO_GO" "$GO" version >/dev/null 2>&1; then
	echo "ego-go-check: FAIL: cannot obtain $EGO_GO through the Go module proxy" >&2
	exit 2
fi
echo "ego-go-check: $(GOTOOLCHAIN="$EGO_GO" "$GO" version)"
if GOTOOLCHAIN="$EGO_GO" "$GO" build -modfile="$tmp/go.mod" "${pkgs[@]}" 2>"$tmp/build.log"; then
	echo "ego-go-check: OK: $n packages ($ndeps with dependencies) build with $EGO_GO: ${pkgs[*]}"
	exit 0
fi
echo "ego-go-check: FAIL: $EGO_GO cannot build ${pkgs[*]} ($blocking blocking modules):" >&2
sed 's/^/  /' "$tmp/build.log" >&2
exit 1
