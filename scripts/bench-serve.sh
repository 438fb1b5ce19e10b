#!/usr/bin/env bash
# Benchmark (not a test): `serve` on the generated corpus of scripts/bench-hugo.sh — time from saving a Markdown file
# to the changed page on disk (announcement body edits), and to the changed measures table (a measure's status, which
# changes listings). Usage: scripts/bench-serve.sh [pages=4000] [edits=5] [--search]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pages="${1:-4000}"
edits="${2:-5}"
search="--no-search"; [ "${3:-}" = "--search" ] && search=""
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bash "$root/scripts/setup.sh" >/dev/null
dotnet build "$root/site" -c Release -nologo -v quiet >/dev/null
python3 "$root/scripts/bench-corpus.py" "$pages" "$root/input" "$work/corpus" >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "serve: $pages pages, $edits edits each, $(nproc) cores${search:+, without the search index}"
python3 "$root/scripts/bench-serve.py" "$root/site/bin/Release/net10.0/integritysite" "$work/corpus/ours" "$work/out" "$port" "$edits" $search
