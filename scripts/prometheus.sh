#!/usr/bin/env bash
# Makes sure Debian's Prometheus server and promtool are installed (deploy/prometheus is checked
# with promtool and the end-to-end test runs a real Prometheus against the stack). The package's
# own service is not used: it is stopped and disabled when the package installs it.
# Idempotent. Prints the directory holding `prometheus` and `promtool` on stdout.
set -euo pipefail
if ! command -v promtool >/dev/null || ! command -v prometheus >/dev/null; then
  echo "prometheus.sh: installing Debian's prometheus (one-time)" >&2
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  exec 9>/tmp/teeoracle-apt.lock
  flock 9
  if ! command -v promtool >/dev/null; then
    # policy-rc.d 101: do not start the packaged daemon (no systemd here, and we never want it).
    prc=/usr/sbin/policy-rc.d
    added=
    if [ ! -e "$prc" ]; then
      printf '#!/bin/sh\nexit 101\n' | $sudo tee "$prc" >/dev/null && $sudo chmod +x "$prc" && added=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends prometheus >&2 \
      || { $sudo apt-get update >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends prometheus >&2; }
    [ -z "$added" ] || $sudo rm -f "$prc"
  fi
fi
dirname "$(command -v promtool)"
