#!/usr/bin/env bash
# Browser tests use Debian's Chromium at /usr/bin/chromium; browsers are never downloaded by a
# test tool. Installs the Debian package when it is missing.
set -euo pipefail

CHROMIUM=${TANDEM_CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

echo "[tandem] installing Debian's chromium for the browser tests"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
test -x "$CHROMIUM" || { echo "[tandem] chromium did not install at $CHROMIUM" >&2; exit 1; }
