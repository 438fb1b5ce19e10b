#!/usr/bin/env bash
# Benchmark (not a test): our cold build next to Hugo's on the same corpus, whole process, runs alternated.
# Ours is the native generator (scripts/publish-site.sh), as the deploy workflow runs it. For each size it makes the
# corpus (scripts/bench-corpus.py), warms both up once, then runs each RUNS times alternately and prints the medians
# of wall time, CPU time (user+sys) and peak memory, pages/s and our/Hugo ratio: into the output of the run before
# (as a rebuild after a content change) and into an empty folder (a first build); then the same with the search
# index (ours with pagefind, Hugo followed by pagefind).
# A first build's earlier tree is moved aside, not deleted, until the benchmark ends: this machine's ext4 runs without
# a journal, and then its inode allocator skips every inode freed in the last 60–360 s, reading each one's inode-table
# block per new file (perf: `recently_deleted` + `find_get_block_common` were 41 % of a 1,000-page first build's CPU
# right after `rm -rf` of the last tree, none after a move). A first build on a fresh clone (CI, deploy) has no such
# tree to step over; deleting it in between charged both tools a cost of the benchmark's own making, varying 0.2–3 s.
# Installs Debian's hugo when it is missing. Usage: scripts/bench-hugo.sh [sizes="250 1000 4000 8000"] [runs=5]
# BENCH_SITE_CLI=<native binary> skips publishing one (ILC takes about 3 minutes); BENCH_SEARCH=0 leaves out the
# runs with the search index.
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
cli="${BENCH_SITE_CLI:-$(bash "$root/scripts/publish-site.sh" --out "$work/native")}"
search="${BENCH_SEARCH:-1}"
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
  printf '  %-18s %7.2f s wall  %7.2f s cpu  %7.0f MiB peak  %7.0f pages/s\n' "${label#*.}" "$wall" "$cpu" "$(echo "$kib/1024" | bc -l)" "$(echo "$pages/$wall" | bc -l)"
  echo "$wall $cpu $kib" > "$work/$label.median"
}

ratio() {
  read -r ow oc ok < "$work/$1.median"; read -r hw hc hk < "$work/$2.median"
  printf '  ratio ours/hugo: %.2f × wall, %.2f × cpu, %.2f × peak memory\n' "$(echo "$ow/$hw" | bc -l)" "$(echo "$oc/$hc" | bc -l)" "$(echo "$ok/$hk" | bc -l)"
}

echo "cold build: ours vs Hugo $(hugo version | grep -o 'v[0-9.]*' | head -1), $(nproc) cores, medians of $runs alternated runs"
# set_aside FOLDER...: moves first-build outputs out of the way (deleted with $work at the end; see above).
set_aside() {
  local folder
  for folder in "$@"; do
    [ -e "$folder" ] && mv "$folder" "$work/set-aside/$(basename "$folder").$RANDOM$RANDOM"
  done
  return 0
}
mkdir -p "$work/set-aside"

# Every size's builds without search first, then every size's search runs: those delete and write thousands of index
# files each, which the next first build would step over (see above).
for size in $sizes; do
  corpus="$work/corpus-$size"
  python3 "$root/scripts/bench-corpus.py" "$size" "$root/input" "$corpus" >/dev/null
  rm -f "$work/$size".*
  "$cli" build --input "$corpus/ours" --output "$work/out-ours-$size" --no-search >/dev/null 2>&1
  hugo --quiet -s "$corpus/hugo" -d "$work/out-hugo-$size" >/dev/null 2>&1
  for _ in $(seq 1 "$runs"); do
    time_of "$size.ours" "$cli" build --input "$corpus/ours" --output "$work/out-ours-$size" --no-search
    time_of "$size.hugo" hugo --quiet -s "$corpus/hugo" -d "$work/out-hugo-$size"
    set_aside "$work/out-ours-fresh" "$work/.out-ours-fresh.previous"
    time_of "$size.ours-empty" "$cli" build --input "$corpus/ours" --output "$work/out-ours-fresh" --no-search
    set_aside "$work/out-hugo-fresh"
    time_of "$size.hugo-empty" hugo --quiet -s "$corpus/hugo" -d "$work/out-hugo-fresh"
  done
done
if [ "$search" != 0 ]; then
  for size in $sizes; do
    corpus="$work/corpus-$size"
    for _ in $(seq 1 "$runs"); do
      time_of "$size.ours+search" "$cli" build --input "$corpus/ours" --output "$work/out-ours-$size"
      time_of "$size.hugo+pagefind" bash -c "hugo --quiet -s '$corpus/hugo' -d '$work/out-hugo-$size' && '$pagefind' --site '$work/out-hugo-$size' --silent"
    done
  done
fi
for size in $sizes; do
  pages=$(( $(find "$work/corpus-$size/ours" -name '*.md' ! -name README.md | wc -l) ))
  echo "$size pages (ours: $pages content files):"
  report "$size.ours" "$size"; report "$size.hugo" "$size"; ratio "$size.ours" "$size.hugo"
  report "$size.ours-empty" "$size"; report "$size.hugo-empty" "$size"; ratio "$size.ours-empty" "$size.hugo-empty"
  [ "$search" = 0 ] || { report "$size.ours+search" "$size"; report "$size.hugo+pagefind" "$size"; ratio "$size.ours+search" "$size.hugo+pagefind"; }
done
