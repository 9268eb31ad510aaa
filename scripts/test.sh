#!/usr/bin/env bash
# Runs every test: the core crates (real SQLite, real PDFium, the shared test data), the UI's unit
# tests, and the end-to-end tests that drive the real window under Xvfb through tauri-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DIARIEVAKT_PDFIUM="${DIARIEVAKT_PDFIUM:-$PWD/vendor/pdfium/libpdfium.so}"
[ -d ../shared ] || { echo "Testdata saknas: ../shared ska ligga bredvid projektmappen." >&2; exit 1; }

start=$(date +%s)
echo "==> Gränssnittets enhetstester"
(cd ui && npm test && npm run check)

bash scripts/build.sh

echo "==> Kärnans tester"
cargo test --workspace --exclude diarievakt-app --exclude diarievakt-e2e

echo "==> End-to-end-tester i det riktiga fönstret (Xvfb)"
rm -rf artifacts/e2e
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  cargo test -p diarievakt-e2e -- --test-threads=1 --nocapture
echo "==> Alla tester gick igenom på $(( $(date +%s) - start )) s. Skärmbilder: artifacts/e2e/"
