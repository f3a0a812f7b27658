#!/usr/bin/env bash
# Brings a fresh machine to the point where pnpm scripts run: the pinned pnpm, then the
# workspace's dependencies from the lockfile. Sourced by start.sh and test.sh; safe to re-run.
set -euo pipefail

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")

if ! command -v node >/dev/null 2>&1; then
  echo "[tandem] Node.js 20.19 or newer is needed first: https://nodejs.org" >&2
  exit 1
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "[tandem] installing pnpm $PNPM_VERSION"
  # Corepack on Node 20 cannot verify pnpm 12's signatures, so npm installs it.
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi

echo "[tandem] installing dependencies"
pnpm install --frozen-lockfile --reporter=append-only | grep -vE '^(Progress|Already up to date)' || true
test -d node_modules/.pnpm || { echo "[tandem] pnpm install failed" >&2; exit 1; }
