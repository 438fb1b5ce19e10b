#!/usr/bin/env bash
# Runs the product: builds input/ into output/ and serves it on http://127.0.0.1:5080/ with the complaint form
# working against the local SQLite store in .local/ (durable: every acknowledged report is on disk). Extra arguments
# go to `serve`, e.g. --port 8080, or --store azurite to try the Azure Table engine on the emulator.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build functions/LocalSite -c Release -nologo -v quiet
# exec: Ctrl+C reaches serve itself (no `dotnet run` wrapper in between), which stops cleanly.
exec dotnet functions/LocalSite/bin/Release/net10.0/integritysite-local.dll serve "$@"
