#!/usr/bin/env bash
# Runs the product: builds input/ into output/ and serves it on http://127.0.0.1:5080/ with the complaint form
# working against a local Azurite store (started and stopped for you). Extra arguments go to `serve`, e.g. --port 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec dotnet run --project site -- serve "$@"
