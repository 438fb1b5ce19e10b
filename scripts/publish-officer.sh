#!/usr/bin/env bash
# Publishes the officer's tool (desk and CLI) as one self-contained file per platform: no .NET to install on the
# officer's PC. Usage: scripts/publish-officer.sh [linux-x64|win-x64 ...] [--out <folder>]
# Default: both platforms into functions/Officer/bin/publish/<platform>/ (officer, officer.exe).
set -euo pipefail
cd "$(dirname "$0")/.."
out="functions/Officer/bin/publish"
platforms=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    linux-x64|win-x64) platforms+=("$1"); shift ;;
    *) echo "usage: scripts/publish-officer.sh [linux-x64|win-x64 ...] [--out <folder>]" >&2; exit 2 ;;
  esac
done
[ ${#platforms[@]} -gt 0 ] || platforms=(linux-x64 win-x64)
for rid in "${platforms[@]}"; do
  # Single file with its native libsodium inside, compressed (about 55 MB); no symbols beside it. Its own artifacts
  # folder, so a Release build of the same projects running at the same time (the function app's) cannot mix in.
  dotnet publish functions/Officer -c Release -r "$rid" --self-contained --artifacts-path "functions/Officer/bin/publish-artifacts" \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:EnableCompressionInSingleFile=true -p:DebugType=none \
    -o "$out/$rid" -nologo -v quiet
  echo "$out/$rid/$( [ "$rid" = win-x64 ] && echo officer.exe || echo officer )"
done
