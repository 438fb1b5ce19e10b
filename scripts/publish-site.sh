#!/usr/bin/env bash
# Publishes the generator as a native executable (Native AOT: no JIT, compiled code from the first page) and proves
# it: the native binary and the managed build (`dotnet run`) must write the same bytes for input/, else this fails.
# Usage: scripts/publish-site.sh [--out <folder>]   Default folder: site/bin/publish/linux-x64/ (prints the binary).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh --native >&2
rid="linux-x64"
out="site/bin/publish/$rid"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    *) echo "usage: scripts/publish-site.sh [--out <folder>]" >&2; exit 2 ;;
  esac
done
# Its own artifacts folder, so a Release build of the same projects at the same time cannot mix in.
dotnet publish site -c Release -r "$rid" --artifacts-path "site/bin/publish-artifacts" -p:DebugType=none \
  -o "$out" -nologo -v quiet >&2
binary="$out/integritysite"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$binary" build --input input --output "$work/native" --no-search >/dev/null
dotnet run --project site -c Release -- build --input input --output "$work/managed" --no-search >/dev/null
if ! diff -r "$work/native" "$work/managed" > "$work/diff"; then
  echo "publish-site: the native build writes other bytes than the managed one for input/:" >&2
  head -40 "$work/diff" >&2
  exit 1
fi
echo "$binary"
