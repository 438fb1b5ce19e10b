#!/usr/bin/env bash
# Benchmark (not a test): our cold build next to Hugo's on the same corpus, whole process, runs alternated.
# Ours is the native generator (scripts/publish-site.sh), as the deploy workflow runs it. For each size it makes the
# corpus (scripts/bench-corpus.py), warms both up once, then runs each RUNS times alternately and prints the medians
# of wall time, CPU time (user+sys) and peak memory, pages/s and our/Hugo ratio: into the output of the run before
# (as a rebuild after a content change) and into an empty folder (a first build); then the same with the search
# index (ours with pagefind, Hugo followed by pagefind).
# Installs Debian's hugo when it is missing. Usage: scripts/bench-hugo.sh [sizes="250 1000 4000 8000"] [runs=5]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${1:-250 1000 4000 8000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v hugo >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends hugo >/dev/null
fi
bash "$root/scripts/setup.sh" >/dev/null
cli="$(bash "$root/scripts/publish-site.sh" --out "$work/native")"
pagefind="$root/node_modules/.bin/pagefind"

# time_of LABEL COMMAND...: appends "wall cpu peak_kib" to $work/LABEL
time_of() {
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" > "$work/log" 2>&1 || { cat "$work/log"; exit 1; }
  read -r wall user sys kib < "$work/t"
  echo "$wall $(echo "$user + $sys" | bc -l) $kib" >> "$work/$label"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

report() {
  local label="$1" pages="$2"
  local wall cpu kib
  wall=$(cut -d' ' -f1 "$work/$label" | median); cpu=$(cut -d' ' -f2 "$work/$label" | median); kib=$(cut -d' ' -f3 "$work/$label" | median)
  printf '  %-18s %7.2f s wall  %7.2f s cpu  %7.0f MiB peak  %7.0f pages/s\n' "$label" "$wall" "$cpu" "$(echo "$kib/1024" | bc -l)" "$(echo "$pages/$wall" | bc -l)"
  echo "$wall $cpu $kib" > "$work/$label.median"
}

ratio() {
  read -r ow oc ok < "$work/$1.median"; read -r hw hc hk < "$work/$2.median"
  printf '  ratio ours/hugo: %.2f × wall, %.2f × cpu, %.2f × peak memory\n' "$(echo "$ow/$hw" | bc -l)" "$(echo "$oc/$hc" | bc -l)" "$(echo "$ok/$hk" | bc -l)"
}

echo "cold build: ours vs Hugo $(hugo version | grep -o 'v[0-9.]*' | head -1), $(nproc) cores, medians of $runs alternated runs"
for size in $sizes; do
  python3 "$root/scripts/bench-corpus.py" "$size" "$root/input" "$work/corpus" >/dev/null
  pages=$(( $(find "$work/corpus/ours" -name '*.md' ! -name README.md | wc -l) ))
  rm -f "$work"/ours* "$work"/hugo*
  "$cli" build --input "$work/corpus/ours" --output "$work/out-ours" --no-search >/dev/null 2>&1
  hugo --quiet -s "$work/corpus/hugo" -d "$work/out-hugo" >/dev/null 2>&1
  for _ in $(seq 1 "$runs"); do
    time_of ours "$cli" build --input "$work/corpus/ours" --output "$work/out-ours" --no-search
    time_of hugo hugo --quiet -s "$work/corpus/hugo" -d "$work/out-hugo"
    rm -rf "$work/out-ours-fresh" "$work/.out-ours-fresh.previous"
    time_of ours-empty "$cli" build --input "$work/corpus/ours" --output "$work/out-ours-fresh" --no-search
    rm -rf "$work/out-hugo-fresh"
    time_of hugo-empty hugo --quiet -s "$work/corpus/hugo" -d "$work/out-hugo-fresh"
    time_of ours+search "$cli" build --input "$work/corpus/ours" --output "$work/out-ours"
    time_of hugo+pagefind bash -c "hugo --quiet -s '$work/corpus/hugo' -d '$work/out-hugo' && '$pagefind' --site '$work/out-hugo' --silent"
  done
  echo "$size pages (ours: $pages content files):"
  report ours "$size"; report hugo "$size"; ratio ours hugo
  report ours-empty "$size"; report hugo-empty "$size"; ratio ours-empty hugo-empty
  report ours+search "$size"; report hugo+pagefind "$size"; ratio ours+search hugo+pagefind
done
