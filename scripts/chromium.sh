#!/usr/bin/env bash
# Makes sure Debian's headless-capable Chromium is installed (the browser tests drive it with
# playwright-core; never `npx playwright install`, which downloads a browser and fails here).
# Idempotent. Prints the browser path on stdout.
set -euo pipefail
bin=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$bin" ]; then
  echo "chromium.sh: $bin missing, installing Debian's chromium (one-time)" >&2
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  # Serialise with other installers of this project.
  exec 9>/tmp/teeoracle-apt.lock
  flock 9
  if [ ! -x "$bin" ]; then
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium >&2 \
      || { $sudo apt-get update >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium >&2; }
  fi
fi
echo "$bin"
