#!/usr/bin/env bash
# Masked copies (issue 14): seconds per page to mask and to verify, and the copy's size per page
# against the original's – for digital letters, a scanned page, and a 10-page letter built from
# corpus pages. Usage: scripts/bench-redact.sh [FILE.pdf...]
set -euo pipefail
cd "$(dirname "$0")/.."
export DIARIEVAKT_PDFIUM="${DIARIEVAKT_PDFIUM:-$PWD/vendor/pdfium/libpdfium.so}"
corpus=../shared/corpus/dev/pdf
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # A 10-page letter: five two-page complaints about care, one after the other (poppler's pdfunite).
  pdfunite "$corpus/d002.pdf" "$corpus/d012.pdf" "$corpus/d022.pdf" "$corpus/d042.pdf" "$corpus/d052.pdf" "$tmp/brev-10-sidor.pdf"
  files=("$corpus/d007.pdf" "$corpus/d002.pdf" "$corpus/d004.pdf" "$tmp/brev-10-sidor.pdf")
fi
cargo run -q -p diarievakt-redact --example measure -- "${files[@]}"
