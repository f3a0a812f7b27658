#!/usr/bin/env bash
# README command 1: install everything on a fresh machine and start the demo portal, with the
# live co-editing server beside it on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
echo "[tandem] building the packages the portal and the collab server use"
pnpm exec turbo run build --filter=@tandem/portal^... --filter=@tandem/collab-server... \
  --output-logs=errors-only

# The collab server runs in the background for as long as the portal does; the portal's dev
# server learns its address from VITE_TANDEM_COLLAB_URL.
export TANDEM_COLLAB_PORT="${TANDEM_COLLAB_PORT:-1234}"
export VITE_TANDEM_COLLAB_URL="ws://127.0.0.1:$TANDEM_COLLAB_PORT"
(cd apps/collab-server && exec node dist/main.js) &
COLLAB_PID=$!
stop_collab() {
  # SIGTERM: the server stores every open room, then exits.
  kill -TERM "$COLLAB_PID" 2>/dev/null || true
  wait "$COLLAB_PID" 2>/dev/null || true
}
trap stop_collab EXIT
trap 'exit 130' INT TERM

echo
echo "[tandem] demo portal: http://127.0.0.1:5173/  (Ctrl+C stops it and the collab server)"
echo "[tandem] live co-editing: http://127.0.0.1:5173/?as=dana#/matrix and ?as=sam in another window"
echo
# The portal's `dev` script, run without pnpm between: pnpm 12 runs scripts in a process group
# of their own, which a Ctrl+C outside a terminal (or a kill of this script's group) misses.
(cd apps/portal && exec ./node_modules/.bin/vite)
