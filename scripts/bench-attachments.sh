#!/usr/bin/env bash
# Attachment benchmark (not a test): the intake host's peak memory (resident set, Linux) for 25 MB uploads — three
# files at the default limits (10 MB photo, 10 MB PDF, 5 MB text) streamed from disk through the local host, cleaned,
# encrypted and stored. Loopback only. Usage: scripts/bench-attachments.sh [sqlite|table] [uploads=3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "${1:-sqlite}" = "table" ] && [ ! -f "$root/node_modules/azurite/dist/src/blob/main.js" ]; then
  echo "Azurite is missing: run 'npm ci' in $root first." >&2
  exit 1
fi
dotnet run --project "$root/functions/Bench" -c Release -- "$root" attachments "${1:-sqlite}" "${2:-3}"
