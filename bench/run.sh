#!/usr/bin/env bash
# Times `rounds build` on generated corpora: median wall time, CPU time and peak memory of the
# whole process, each run into a fresh output folder. Never part of `./mvnw verify`. Rounds is
# timed twice: a first build (no .rounds/ folder in the site, so every entry's Markdown is
# converted and every feed item written) and a build again (what the build before it kept is
# reused). The runs alternate, with Hugo's too when it is timed.
#
#   bench/run.sh [--runs N] [--sizes "small medium large"] [--work DIR] [--peers] [--java]
#
#   --runs N     runs per size (default 5; the median is reported)
#   --sizes S    which corpora (default "small medium")
#   --work DIR   where corpora and outputs go (default /tmp/rounds-bench; use a tmpfs to leave
#                the disk out, or a disk folder to include it)
#   --peers      also time Hugo on the same corpus (needs `hugo`; apt-get install hugo), using
#                ../shared/bench/ when it is there, so ratios come from one run on one machine
#   --java       time `java -jar target/rounds.jar` instead of the bin/rounds launcher
#
# Writes a report to WORK/report.md and prints it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=5
sizes="small medium"
work=/tmp/rounds-bench
peers=0
launcher="$here/bin/rounds"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --work) work=$2; shift ;;
    --peers) peers=1 ;;
    --java) launcher="java -jar $here/target/rounds.jar" ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$here/target/rounds.jar" ] || (cd "$here" && ./mvnw -B -q -DskipTests package)
mkdir -p "$work"
shared="$here/../shared/bench"

counts() {
  case "$1" in
    small) echo "100 200" ;;
    medium) echo "1000 2000" ;;
    large) echo "10000 10000" ;;
    *) echo "unknown size $1" >&2; exit 2 ;;
  esac
}

# One timed run: prints "wall user+sys peak_kb".
timed() {
  local log="$work/time.log"
  /usr/bin/time -o "$log" -f "%e %U %S %M" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$log"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# once SERIES OUTPUT FORGET COMMAND...: one timed run into a fresh OUTPUT, its figures added to
# SERIES; FORGET is a folder removed before the run (or "").
once() {
  local series=$1 output=$2 forget=$3; shift 3
  rm -rf "$output"
  [ -z "$forget" ] || rm -rf "$forget"
  timed "$@" >> "$work/series-$series"
  rm -rf "$output"
}

# row NAME SERIES: the report's line for a series: median wall, CPU and peak memory.
row() {
  local file="$work/series-$2"
  printf "| %s | %s s | %s s | %s MB |\n" "$1" \
    "$(cut -d' ' -f1 "$file" | median)" "$(cut -d' ' -f2 "$file" | median)" \
    "$(cut -d' ' -f3 "$file" | median | awk '{ printf "%d", $1 / 1024 }')"
}

report="$work/report.md"
{
  echo "# Rounds build benchmark"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1), $runs runs each, median."
  echo "Command: \`$launcher build CORPUS -o OUT\` into a fresh folder."
  echo
  echo "| corpus | wall | CPU | peak memory |"
  echo "| --- | --- | --- | --- |"
} > "$report"
for size in $sizes; do
  read -r posts notes < <(counts "$size")
  corpus="$work/corpus-$size"
  if [ ! -d "$corpus" ]; then
    if [ "$peers" = 1 ] && [ -x "$shared/gen-corpus.py" ]; then
      "$shared/gen-corpus.py" --posts "$posts" --notes "$notes" --out "$corpus" >/dev/null
    else
      "$here/bench/corpus.py" --posts "$posts" --notes "$notes" --out "$corpus"
    fi
  fi
  out="$work/out-rounds-$size"
  hugo=""
  if [ "$peers" = 1 ] && command -v hugo >/dev/null && [ -x "$shared/run-peer.sh" ]; then
    hugo=$(BENCH_WORK="$work" "$shared/run-peer.sh" --print-cmd hugo "$corpus" "$work/out-hugo-$size")
  fi
  rm -f "$work"/series-*
  # The runs alternate (a first build, the same build again, Hugo), so that the machine's drift
  # from one minute to the next weighs on all three alike.
  for i in $(seq 1 "$runs"); do
    # shellcheck disable=SC2086
    once first "$out" "$corpus/.rounds" $launcher build "$corpus" -o "$out"
    # shellcheck disable=SC2086
    once again "$out" "" $launcher build "$corpus" -o "$out"
    [ -z "$hugo" ] || once hugo "$work/out-hugo-$size" "" sh -c "exec $hugo"
  done
  {
    row "rounds $size ($posts posts, $notes notes), first build" first
    row "rounds $size, built again (what the build before kept)" again
    [ -z "$hugo" ] || row "hugo $size" hugo
  } >> "$report"
  rm -f "$work"/series-*
done
cat "$report"
