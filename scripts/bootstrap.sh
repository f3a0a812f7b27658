#!/usr/bin/env bash
# Brings a fresh machine to the point where pnpm scripts run: the pinned pnpm, then the
# workspace's dependencies from the lockfile. Run by start.sh and test.sh; safe to re-run.
set -euo pipefail

if ! command -v node >/dev/null 2>&1; then
  echo "[tandem] Node.js 20.19 or newer is needed first: https://nodejs.org" >&2
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "[tandem] Node.js $(node -v) is too old; 20.19 or newer is needed." >&2
  exit 1
fi

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "[tandem] installing pnpm $PNPM_VERSION"
  # Corepack on Node 20 cannot verify pnpm 12's signatures, so npm installs it.
  if ! npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
      sudo npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
    else
      echo "[tandem] could not install pnpm $PNPM_VERSION globally; install it and re-run." >&2
      exit 1
    fi
  fi
fi

# Native addons (better-sqlite3, the collab server's store) build against this Node's own headers
# when no prebuilt binary can be fetched. npm knows where those are; pnpm does not pass it on.
if [ -z "${npm_config_nodedir:-}" ]; then
  for dir in "$(npm config get nodedir 2>/dev/null || true)" \
    "$(node -p 'require("node:path").resolve(process.execPath, "../..")')"; do
    if [ -n "$dir" ] && [ -f "$dir/include/node/node.h" ]; then
      export npm_config_nodedir="$dir"
      break
    fi
  done
fi

echo "[tandem] installing dependencies"
pnpm install --frozen-lockfile --reporter=append-only
