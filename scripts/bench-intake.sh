#!/usr/bin/env bash
# Intake benchmark (not a test), for each store engine (SQLite and Azurite, both on disk): submissions/s and
# p50/p99 through the local host, next to the raw engine insert rate at the same concurrency, then p50/p99 at an
# open-loop 50 requests/s.
# Loopback only. Usage: scripts/bench-intake.sh [operations per round=2000] [concurrency=16] [sqlite|table|both]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$root/node_modules/azurite/dist/src/table/main.js" ]; then
  echo "Azurite is missing: run 'npm ci' in $root first." >&2
  exit 1
fi
dotnet run --project "$root/functions/Bench" -c Release -- "$root" "${1:-2000}" "${2:-16}" "${3:-both}"
