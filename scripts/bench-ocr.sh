#!/usr/bin/env bash
# Benchmark of OCR (issue 12): `diarievakt scan` on the OCR fixtures (tests/fixtures/ocr_pdfs.py:
# a scanned letter, the same badly scanned, handwriting, an image inside a text page, a digital
# and an outlined participant list), with OCR and with --utan-ocr, and the text-page speed of the
# development corpus with OCR on (only suspicious pages are rendered, so text pages stay fast).
# Prints wall time per file and pages per second.
#
# Usage: scripts/bench-ocr.sh        (uses target/debug/diarievakt; DIARIEVAKT_BIN for another build)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${DIARIEVAKT_BIN:-target/debug/diarievakt}
export DIARIEVAKT_PDFIUM="${DIARIEVAKT_PDFIUM:-$PWD/vendor/pdfium/libpdfium.so}"
[ -x "$BIN" ] || { echo "Bygg först: bash scripts/build.sh" >&2; exit 1; }
dir=$(mktemp -d)
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
