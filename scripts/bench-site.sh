#!/usr/bin/env bash
# Site build benchmark (not a test): builds the real input/ and a synthetic site N times larger (announcements and
# measures copied from the real ones under new names), printing pages, wall time and peak memory of each build.
# The native generator (scripts/publish-site.sh), as the deploy workflow runs it. Usage: scripts/bench-site.sh [copies=200]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cli="$(bash "$root/scripts/publish-site.sh" --out "$work/native")"

cp -r "$root/input" "$work/large"
for i in $(seq 1 "$copies"); do
  for f in "$root"/input/announcements/*.md; do
    name="$(basename "$f")"; cp "$f" "$work/large/announcements/${name%%.*}-copy$i.${name#*.}"
  done
  for f in "$root"/input/reports/*.md; do
    name="$(basename "$f")"; cp "$f" "$work/large/reports/${name%%.*}-copy$i.${name#*.}"
  done
done

run() {
  local label="$1" input="$2"
  /usr/bin/time -f "%e %M" -o "$work/time" "$cli" build --input "$input" --output "$work/out-$label" > "$work/log" 2>&1
  read -r seconds kib < "$work/time"
  pages=$(grep -o 'wrote [0-9]* pages' "$work/log" | grep -o '[0-9]*')
  printf '%-10s %6s pages  %6.2f s wall  %6.1f MiB peak  %7.0f pages/s\n' "$label" "$pages" "$seconds" "$(echo "$kib/1024" | bc -l)" "$(echo "$pages/$seconds" | bc -l)"
}

echo "site build benchmark (Release, $(nproc) cores)"
run real "$root/input"
run real "$root/input"
run "x$copies" "$work/large"
