#!/usr/bin/env bash
# Benchmark of OCR (issue 12): `diarievakt scan` on the OCR fixtures (tests/fixtures/ocr_pdfs.py:
# a scanned letter, the same badly scanned, handwriting, an image inside a text page, a digital
# and an outlined participant list), with OCR and with --utan-ocr, and the text-page speed of the
# development corpus with OCR on (only suspicious pages are rendered, so text pages stay fast).
# Prints wall time per file and pages per second. Then (issue 12's benchmark):
#   - OCR seconds per scanned page and recall on the development corpus's image-only pages
#     (score.py --no-flag-credit: a flagged page earns nothing) at 200 and 300 dpi ([ocr] dpi);
#   - attach-to-reviewed time of a 10-page scanned letter (one worker reads one file's pages in
#     turn; a second core serves the next file);
#   - the inventory's pages per second on a folder where a third of the pages are scanned.
#
# Usage: scripts/bench-ocr.sh        (uses target/debug/diarievakt; DIARIEVAKT_BIN for another build)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${DIARIEVAKT_BIN:-target/debug/diarievakt}
export DIARIEVAKT_PDFIUM="${DIARIEVAKT_PDFIUM:-$PWD/vendor/pdfium/libpdfium.so}"
[ -x "$BIN" ] || { echo "Bygg först: bash scripts/build.sh" >&2; exit 1; }
dir=$(mktemp -d)

# The inventory is the team lead's: each fresh data directory gets one (the desk's first account).
export DIARIEVAKT_PASSWORD="mätningens lösenord"
bench_account() {
  echo "$DIARIEVAKT_PASSWORD" | "$BIN" user add bench --data-dir "$1" --name "Mätning" --role admin --role teamledare --password-stdin >/dev/null
}
trap 'rm -rf "$dir"' EXIT
python3 tests/fixtures/ocr_pdfs.py "$dir" >/dev/null
now() { date +%s.%N; }
echo "fil                      med OCR   utan OCR"
for f in brev brev-dalig handskrift bild-i-text deltagare deltagare-konturer; do
  t0=$(now); "$BIN" scan --json "$dir/$f.pdf" >/dev/null; t1=$(now)
  "$BIN" scan --json --utan-ocr "$dir/$f.pdf" >/dev/null; t2=$(now)
  printf '%-24s %6.2f s  %6.2f s\n' "$f.pdf" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)"
done
corpus=../shared/corpus/dev/pdf
if [ -d "$corpus" ]; then
  pages=$(for f in "$corpus"/*.pdf; do pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}'; done | paste -sd+ | bc)
  for mode in "" "--utan-ocr"; do
    t0=$(now); "$BIN" scan --json $mode "$corpus" >/dev/null; t1=$(now)
    printf 'utvecklingskorpusen %-10s %s sidor på %.2f s = %.0f sidor/s\n' "${mode:-(OCR på)}" "$pages" "$(echo "$t1 - $t0" | bc)" "$(echo "$pages / ($t1 - $t0)" | bc -l)"
  done
fi

# --- Issue 12's figures -------------------------------------------------------------------------
if [ -d "$corpus" ]; then
  gold=../shared/corpus/dev/gold.json
  scanned=$(python3 -c 'import json,sys; print(" ".join(d["file"] for d in json.load(open(sys.argv[1])) if d["pages_without_text"]))' "$gold")
  python3 -c 'import json,sys; g=[d for d in json.load(open(sys.argv[1])) if d["pages_without_text"]]; json.dump(g, open(sys.argv[2],"w"))' "$gold" "$dir/gold-scanned.json"
  npages=$(python3 -c 'import json,sys; print(sum(len(d["pages_without_text"]) for d in json.load(open(sys.argv[1]))))' "$dir/gold-scanned.json")
  files=$(for f in $scanned; do echo "../shared/corpus/dev/$f"; done)
  for dpi in 200 300; do
    dd=$dir/dd-$dpi; mkdir -p "$dd"
    sed "s/^dpi = .*/dpi = $dpi/" assets/rules.toml > "$dd/rules.toml"
    t0=$(now); "$BIN" --data-dir "$dd" scan --json $files > "$dir/scan-$dpi.jsonl"; t1=$(now)
    score=$(python3 ../shared/corpus/score.py "$dir/gold-scanned.json" "$dir/scan-$dpi.jsonl" --no-flag-credit --json 2>/dev/null \
      | python3 -c 'import json,sys; r=json.load(sys.stdin); a=r.get("all", r); print("recall %.3f precision %.3f" % (a["recall"], a["precision"]))' 2>/dev/null || echo "(score.py: se $dir)")
    # Two workers read the files side by side: per page on one core is the wall time × 2 / pages.
    printf 'OCR %s dpi: %s inskannade sidor (i %s filer) på %.1f s = %.2f s per sida och kärna; %s\n' "$dpi" "$npages" "$(echo $files | wc -w)" \
      "$(echo "$t1 - $t0" | bc)" "$(echo "($t1 - $t0) * 2 / $npages" | bc -l)" "$score"
  done
fi
# A 10-page scanned letter, attach to reviewed (the scan is the attach's work).
pdfunite $(for i in 1 2 3 4 5; do echo "$dir/brev.pdf $dir/brev-dalig.pdf"; done) "$dir/brev-10.pdf"
t0=$(now); "$BIN" scan --json "$dir/brev-10.pdf" >/dev/null; t1=$(now)
printf 'inskannat brev på 10 sidor: granskat efter %.1f s\n' "$(echo "$t1 - $t0" | bc)"
# The inventory on a folder where a third of the pages are scanned: 12 text files of the corpus
# and the scanned letters.
inv=$dir/inventering; mkdir -p "$inv"
ls "$corpus"/*.pdf | head -12 | xargs -I{} cp {} "$inv/"
for i in 1 2 3; do cp "$dir/brev.pdf" "$inv/brev-$i.pdf"; cp "$dir/brev-dalig.pdf" "$inv/brev-dalig-$i.pdf"; done
ipages=$(for f in "$inv"/*.pdf; do pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}'; done | paste -sd+ | bc)
bench_account "$dir/dd-inv"
t0=$(now); "$BIN" --data-dir "$dir/dd-inv" inventory --user bench "$inv" >/dev/null 2>&1; t1=$(now)
printf 'inventering, %s sidor varav 6 inskannade: %.1f s = %.2f sidor/s\n' "$ipages" "$(echo "$t1 - $t0" | bc)" "$(echo "$ipages / ($t1 - $t0)" | bc -l)"
