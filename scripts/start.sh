#!/usr/bin/env bash
# README command 1: install everything on a fresh machine and start the demo portal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
echo "[tandem] building the packages the portal uses"
pnpm exec turbo run build --filter=@tandem/portal^... --output-logs=errors-only
echo
echo "[tandem] demo portal: http://127.0.0.1:5173/  (Ctrl+C stops it)"
echo
exec pnpm --filter @tandem/portal dev
