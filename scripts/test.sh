#!/usr/bin/env bash
# Runs every test: first the fast checks (formatting, clippy, svelte-check, the UI's unit tests),
# then the core crates (real SQLite, real PDFium, real worker processes, the shared test data),
# and the end-to-end tests that drive the real window under Xvfb through tauri-driver. Everything
# is built once, with one feature set (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DIARIEVAKT_PDFIUM="${DIARIEVAKT_PDFIUM:-$PWD/vendor/pdfium/libpdfium.so}"
[ -d ../shared ] || { echo "Testdata saknas: ../shared ska ligga bredvid projektmappen." >&2; exit 1; }
FEATURES="diarievakt-app/custom-protocol"

start=$(date +%s)
echo "==> Formatering (cargo fmt --check)"
cargo fmt --all --check
echo "==> Gränssnittets kontroller och enhetstester"
(cd ui && npm run check && npm test)

bash scripts/build.sh

echo "==> Clippy"
cargo clippy --workspace --all-targets --features "$FEATURES" -- -D warnings

echo "==> Kärnans tester"
cargo test --workspace --features "$FEATURES" --exclude diarievakt-e2e

echo "==> End-to-end-tester i det riktiga fönstret (Xvfb)"
rm -rf artifacts/e2e
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  cargo test --workspace --features "$FEATURES" --test e2e -- --test-threads=1 --nocapture
echo "==> Alla tester gick igenom på $(( $(date +%s) - start )) s. Skärmbilder: artifacts/e2e/"
