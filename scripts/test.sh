#!/usr/bin/env bash
# README command 2: install what the tests need on a fresh machine, then run every test
# (`pnpm test`: build, typecheck, lint, unit and component tests, browser tests in Chromium,
# size budgets, package checks, Storybook build).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/ensure-chromium.sh
exec pnpm test
