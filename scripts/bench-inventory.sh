#!/usr/bin/env bash
# Benchmark of the inventory (`diarievakt inventory`) against plain text extraction (`pdftotext`).
#
# Generates a corpus with ../shared/corpus/gen.py (DOCS documents, seed 7; kept between runs in
# BENCH_DIR), builds the release `diarievakt`, then measures on the same files:
#   0. the in-process scan, one process on one core (the baseline the worker pool is measured
#      against; crates/pdf/examples/scan_in_process.rs – the product never parses in-process)
#   0b. two in-process scans at once, each of half the files: the most two processes can do on
#      this machine with no coordination at all (the ceiling for 2)
#   1. diarievakt inventory --jobs 1   (fresh data directory; one warm worker process)
#      (all with --utan-ocr: the text path, as pdftotext reads only the text layer; OCR's
#      cost is scripts/bench-ocr.sh's)
#   2. diarievakt inventory --jobs 2   (fresh data directory)
#   3. the same again on the data directory of 2, with --report (nothing to scan: resume + report)
#   4. pdftotext, one process per file, 1 at a time   (xargs -P 1)
#   5. pdftotext, one process per file, 2 at a time   (xargs -P 2)
# and prints wall time, pages per second, the largest single process's peak RSS (GNU time -v) and
# the peak of the whole process tree's RSS (sampled every 0.1 s: the command and its workers).
#
# Usage: scripts/bench-inventory.sh [DOCS]        (DOCS defaults to 3000)
# Environment: CARGO_TARGET_DIR (default ./target), DIARIEVAKT_PDFIUM (as for every build),
#              BENCH_DIR (default /tmp/diarievakt-bench), NO_BUILD=1 to use the existing binary,
#              DIARIEVAKT_BIN to measure another build of the command.
# Needs: python3 with fpdf2 and pillow, pdftotext (poppler-utils), GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-3000}
TARGET=${CARGO_TARGET_DIR:-$PWD/target}
WORK=${BENCH_DIR:-/tmp/diarievakt-bench}
CORPUS=$WORK/corpus-$DOCS-seed7
BIN=${DIARIEVAKT_BIN:-$TARGET/release/diarievakt}
mkdir -p "$WORK"

if [ ! -f "$CORPUS/gold.json" ]; then
    echo "==> Skapar $DOCS dokument i $CORPUS"
    rm -rf "$CORPUS"
    python3 ../shared/corpus/gen.py "$CORPUS" --docs "$DOCS" --seed 7
fi
PAGES=$(python3 -c 'import json,sys; print(sum(d["pages"] for d in json.load(open(sys.argv[1]))))' "$CORPUS/gold.json")
FILES=$(find "$CORPUS/pdf" -name '*.pdf' | wc -l)

if [ "${NO_BUILD:-}" != 1 ]; then
    echo "==> Bygger diarievakt (release)"
    cargo build --release -p diarievakt-cli
    cargo build --release -p diarievakt-pdf --example scan_in_process
fi
INPROC=$TARGET/release/examples/scan_in_process

# Peak of the summed RSS (kB) of a process and all its descendants, sampled until it ends.
tree_rss() {
    local root=$1 peak=0 sum pids
    while kill -0 "$root" 2>/dev/null; do
        pids=$(ps -e -o pid=,ppid= | awk -v r="$root" '{p[$1]=$2} END {for (x in p) {y=x; while (y in p && y!=r && y>1) y=p[y]; if (y==r) print x}}')
        sum=$(ps -o rss= -p "$(echo $pids | tr ' ' ,)" 2>/dev/null | awk '{s+=$1} END {print s+0}')
        [ "$sum" -gt "$peak" ] && peak=$sum
        sleep 0.1
    done
    echo "$peak"
}

RESULTS=()
# measure LABEL COMMAND...: runs it under GNU time, prints and records the figures.
measure() {
    local label=$1; shift
    local t=$WORK/time.txt
    echo "==> $label"
    /usr/bin/time -v -o "$t" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" &
    local pid=$!
    local tree; tree=$(tree_rss "$pid")
    local rc=0; wait "$pid" || rc=$?
    tail -n 2 "$WORK/out.txt" | sed 's/^/    /'
    local wall; wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$t")
    local rss; rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$t")
    local pps; pps=$(awk -v p="$PAGES" -v w="$wall" 'BEGIN {printf "%.1f", (w>0 ? p/w : 0)}')
    local line
    line=$(printf '%-44s %8.1f s %9s sidor/s %8.0f MB %8.0f MB  (slutstatus %s)' "$label" "$wall" "$pps" "$((rss / 1024))" "$((tree / 1024))" "$rc")
    echo "    $line"
    RESULTS+=("$line")
}


# The inventory is the team lead's: each fresh data directory gets one (the desk's first account).
export DIARIEVAKT_PASSWORD="mätningens lösenord"
bench_account() {
  echo "$DIARIEVAKT_PASSWORD" | "$BIN" user add bench --data-dir "$1" --name "Mätning" --role admin --role teamledare --password-stdin >/dev/null
}
rm -rf "$WORK/data1" "$WORK/data2" "$WORK/rapport"
bench_account "$WORK/data1"; bench_account "$WORK/data2"
measure "i processen, en kärna (jämförelse)" "$INPROC" "$CORPUS/pdf"
# Every other file into each half (symbolic links), for 0b.
rm -rf "$WORK/halfA" "$WORK/halfB"; mkdir -p "$WORK/halfA" "$WORK/halfB"
i=0; for f in "$CORPUS"/pdf/*.pdf; do
    if (( i % 2 == 0 )); then ln -s "$f" "$WORK/halfA/"; else ln -s "$f" "$WORK/halfB/"; fi; i=$((i + 1))
done
measure "i processen, två halvor samtidigt (gränsen)" sh -c '"$1" "$2" >/dev/null & "$1" "$3" >/dev/null; wait' _ "$INPROC" "$WORK/halfA" "$WORK/halfB"
measure "diarievakt inventory --jobs 1" "$BIN" --data-dir "$WORK/data1" inventory --utan-ocr --jobs 1 --user bench "$CORPUS/pdf"
measure "diarievakt inventory --jobs 2" "$BIN" --data-dir "$WORK/data2" inventory --utan-ocr --jobs 2 --user bench "$CORPUS/pdf"
measure "igen, allt redan granskat, med --report" "$BIN" --data-dir "$WORK/data2" inventory --utan-ocr --jobs 2 --user bench --report "$WORK/rapport" "$CORPUS/pdf"
measure "pdftotext, 1 process i taget" sh -c 'find "$1" -name "*.pdf" -print0 | xargs -0 -P 1 -I {} pdftotext -q {} /dev/null || true' _ "$CORPUS/pdf"
measure "pdftotext, 2 processer i taget" sh -c 'find "$1" -name "*.pdf" -print0 | xargs -0 -P 2 -I {} pdftotext -q {} /dev/null || true' _ "$CORPUS/pdf"

echo
echo "$FILES filer, $PAGES sidor ($(nproc) kärnor). Sidor/s räknas på alla sidor, också på omgången utan granskning."
printf '%-44s %10s %17s %11s %11s\n' "" "tid" "" "största proc." "hela trädet"
for r in "${RESULTS[@]}"; do echo "$r"; done
if [ -f "$WORK/rapport/rapport.html" ]; then
    echo "Rapport: $(du -sh "$WORK/rapport" | cut -f1) i $WORK/rapport ($(find "$WORK/rapport/rapport-sidor" -name '*.png' | wc -l) sidbilder)"
fi
