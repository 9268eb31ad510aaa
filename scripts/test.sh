#!/usr/bin/env bash
# Runs every test: first the fast checks (formatting, svelte-check, the UI's unit tests), then one build that also lints (Clippy),
# then the core crates (real SQLite, real PDFium, real worker processes, the shared test data),
# team mode on a throwaway PostgreSQL server (scripts/pg.sh),
# a short smoke of every benchmark and fuzz target, and the end-to-end tests that drive the real window under Xvfb through tauri-driver. Everything
# is built once, with one feature set (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DIARIEVAKT_PDFIUM="${DIARIEVAKT_PDFIUM:-$PWD/vendor/pdfium/libpdfium.so}"
[ -d ../shared ] || { echo "Testdata saknas: ../shared ska ligga bredvid projektmappen." >&2; exit 1; }
FEATURES="diarievakt-app/custom-protocol"

# A throwaway PostgreSQL server for the team-mode tests, stopped and removed however this ends.
PG_DIR=$(mktemp -d /tmp/diarievakt-pg.XXXXXX)
trap 'bash scripts/pg.sh stop "$PG_DIR"' EXIT
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export DIARIEVAKT_TEST_PG=$(bash scripts/pg.sh start "$PG_DIR" "$PG_PORT")
echo "==> PostgreSQL för teamlägets tester på port $PG_PORT"

start=$(date +%s)
# Each step with the seconds since the start: where a clean clone spends its time (issue 16).
step() { echo "==> [$(( $(date +%s) - start )) s] $*"; }
step "Formatering (cargo fmt --check)"
cargo fmt --all --check
step "Gränssnittets kontroller och enhetstester"
(cd ui && npm run check && npm test && npm run build)
# Clippy runs inside the one build. clippy-driver is rustc with Clippy's lints added, so as the
# workspace wrapper it compiles and lints every target of our crates (`-D warnings`, exactly what
# `cargo clippy --workspace --all-targets -- -D warnings` checks), and the dependencies are
# compiled once instead of once checked by `cargo clippy` and once built: on a clean clone that
# separate check cost about 15 of the 33 minutes on two cores. A warning fails the build at the
# first crate that has one. Every cargo command below runs with the same wrapper (it is part of
# our crates' fingerprints), so none of them rebuilds what the build made.
step "Clippy och bygget (clippy-driver som kompilator för arbetsytans paket)"
export RUSTC_WORKSPACE_WRAPPER=clippy-driver
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
bash scripts/build.sh

step "Kärnans tester"
# The whole workspace with the one feature set scripts/build.sh built: the end-to-end tests are
# #[ignore]d here (they need Xvfb) and run below, so no crate is built twice with other features.
cargo test --workspace --features "$FEATURES"

# Long fuzz runs and benchmarks have scripts of their own (scripts/fuzz.sh, scripts/bench-*.sh);
# here each runs briefly, so that none of them rots: every criterion benchmark once in test mode
# (same build, same features), and every fuzz target for a few seconds (its own instrumented build).
step "Röktest av mätningarna (varje benchmark en gång)"
cargo test --workspace --features "$FEATURES" --benches
step "Röktest av fuzzningen (scripts/fuzz.sh --smoke)"
# The fuzz targets are their own workspace with their own instrumented build; not linted here.
env -u RUSTC_WORKSPACE_WRAPPER -u CLIPPY_ARGS bash scripts/fuzz.sh --smoke

step "End-to-end-tester i det riktiga fönstret (Xvfb)"
rm -rf artifacts/e2e
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  cargo test --workspace --features "$FEATURES" --test e2e -- --ignored --test-threads=1 --nocapture \
  --skip the_installed_package

step "Paketet: bygg, packa upp i en tillfällig rot, starta det installerade programmet"
bash scripts/package.sh
PKG_ROOT=$(mktemp -d /tmp/diarievakt-pkg.XXXXXX)
trap 'bash scripts/pg.sh stop "$PG_DIR"; rm -rf "$PKG_ROOT"' EXIT
deb=$(ls target/debug/bundle/deb/*.deb)
# The package's dependencies are real Debian packages (a dry run against this machine's apt).
apt-get install -s -q "./$deb" >/dev/null
dpkg -x "$deb" "$PKG_ROOT"
(
  unset DIARIEVAKT_PDFIUM
  "$PKG_ROOT/usr/bin/diarievakt" --version | grep -q '^diarievakt '
  out=$("$PKG_ROOT/usr/bin/diarievakt" scan --json ../shared/corpus/dev/pdf/d007.pdf)
  echo "$out" | grep -q '"personal_id"' || { echo "Det installerade kommandot hittade inget personnummer i d007.pdf: $out" >&2; exit 1; }
  DIARIEVAKT_E2E_PACKAGE_ROOT="$PKG_ROOT" xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    cargo test --workspace --features "$FEATURES" --test e2e the_installed_package -- --ignored --nocapture
)
echo "==> Alla tester gick igenom på $(( $(date +%s) - start )) s. Skärmbilder: artifacts/e2e/"
