#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz with libFuzzer) of the detector, the PDF text reconstruction,
# the registration-JSON import and the configuration files: the targets in fuzz/fuzz_targets/.
#
# Installs cargo-fuzz into .tools/ if it is missing, builds the targets on the stable toolchain
# (`cargo fuzz build -s none`: no sanitizer, optimised, with debug assertions and overflow checks;
# `--smoke` builds unoptimised with plain cargo and cargo-fuzz's flags, see below), runs each target for SECONDS with one fuzzing process at a time, and prints per target the number
# of inputs run, inputs per second and what it found. The live corpus grows in fuzz/corpus/<target>
# (seeded from the committed fuzz/seeds/<target>), findings land in fuzz/artifacts/<target>, the
# libFuzzer logs in fuzz/logs/<target>; all three are git-ignored.
#
# libFuzzer stops at a finding; the script then starts the target again for the rest of the time.
# Exits non-zero when a target found a new crash: a Rust panic (an assertion in the target, an
# index out of bounds, an overflow) or, outside `extract`, a timeout or running out of memory.
# For `extract` a crash without a Rust panic is a crash inside PDFium (a C++ library we cannot
# fix; the worker process contains it): it is reported, not failed on, and fuzzing goes on for the
# rest of the time. Keep such inputs in fuzz/regressions/pdfium-crash/ as hostile-input tests;
# an input identical to one kept under fuzz/regressions/ is reported as known.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]    (default 300)
#        scripts/fuzz.sh --smoke                 (10 s per target, for CI)
# Environment: FUZZ_TARGETS="detect rules" runs only those; FUZZ_SANITIZER=address builds with
#              AddressSanitizer (needs RUSTC_BOOTSTRAP=1 on stable, set here; slower, see
#              fuzz/README.md); FUZZ_RSS_MB (default 2048) and FUZZ_TIMEOUT (s per input, default 10);
#              DIARIEVAKT_PDFIUM as for every build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FUZZ=$ROOT/fuzz

SECS=300
PROFILE=release
EXTRA=()
case "${1:-}" in
  --smoke)
    SECS=10
    # A smoke run only has to show that every target builds and runs: the dev profile of
    # fuzz/Cargo.toml (unoptimised but for the detector and its regex engine, no debug info) takes
    # the cold fuzz build from about 150 s to about 80 s here. Without comparison tracing: traced,
    # the unoptimised regex compiler takes over 10 s to build the detector's patterns, which
    # libFuzzer reports as a timeout.
    PROFILE=dev
    EXTRA=(--no-trace-compares) ;;
  "") ;;
  *[!0-9]*) echo "Användning: scripts/fuzz.sh [SEKUNDER_PER_MÅL] | --smoke" >&2; exit 2 ;;
  *) SECS=$1 ;;
esac
# worker_pdf: whole PDFs through a worker process (needs the main build's diarievakt-pdf-worker).
read -r -a TARGETS <<< "${FUZZ_TARGETS:-detect extract import_json rules worker_pdf}"
SAN=${FUZZ_SANITIZER:-none}
RSS_MB=${FUZZ_RSS_MB:-2048}
TIMEOUT=${FUZZ_TIMEOUT:-10}
export DIARIEVAKT_PDFIUM="${DIARIEVAKT_PDFIUM:-$ROOT/vendor/pdfium/libpdfium.so}"
[ -f "$DIARIEVAKT_PDFIUM" ] || { echo "PDFium saknas ($DIARIEVAKT_PDFIUM). Kör scripts/setup.sh först." >&2; exit 1; }

start=$(date +%s)
PLAIN=0
[ "$PROFILE" = dev ] && [ "$SAN" = none ] && PLAIN=1
if [ "$PLAIN" = 1 ]; then
  : # the smoke builds with cargo itself (below): no cargo-fuzz to install
elif [ ! -x .tools/bin/cargo-fuzz ]; then
  echo "==> Installerar cargo-fuzz i .tools/"
  nice -n 10 cargo install -q cargo-fuzz --locked --root "$ROOT/.tools"
fi
export PATH="$ROOT/.tools/bin:$PATH"

# The only toolchain is stable. `-s none` needs no unstable flag (sancov is a -C option);
# a sanitizer is a -Z flag, which stable rustc accepts only with RUSTC_BOOTSTRAP=1.
if [ "$SAN" != none ]; then
  export RUSTC_BOOTSTRAP=1
  # PDFium and process-wide singletons are never freed; leaks are not what we look for here.
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
fi
echo "==> Bygger fuzzmålen (sanitizer: $SAN)"
mkdir -p "$FUZZ/logs"
if [ "$PLAIN" = 1 ]; then
  # cargo-fuzz is a wrapper around this very build: these are the flags `cargo fuzz build -s none
  # --dev --no-trace-compares` passes (seen with -v). Building with cargo itself spares a fresh
  # clone the compilation of cargo-fuzz (about 45 s of a smoke run); the long runs use cargo-fuzz.
  build() {
    local what=(--bins)
    [ $# -eq 0 ] || what=(--bin "$1")
    (cd "$FUZZ" && RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table --cfg fuzzing -Cllvm-args=-simplifycfg-branch-fold-threshold=0 -Cllvm-args=-sanitizer-coverage-stack-depth -Cdebug-assertions" \
      nice -n 10 cargo build --target x86_64-unknown-linux-gnu "${what[@]}") >> "$FUZZ/logs/build.log" 2>&1
  }
else
  build() { nice -n 10 cargo fuzz build -s "$SAN" "--$PROFILE" "${EXTRA[@]}" "$@" >> "$FUZZ/logs/build.log" 2>&1; }
fi
: > "$FUZZ/logs/build.log"
if [ -n "${FUZZ_TARGETS:-}" ]; then
  for t in "${TARGETS[@]}"; do build "$t" || { tail -30 "$FUZZ/logs/build.log" >&2; echo "Bygget av fuzzmålet $t misslyckades." >&2; exit 1; }; done
else
  build || { tail -30 "$FUZZ/logs/build.log" >&2; echo "Bygget av fuzzmålen misslyckades." >&2; exit 1; }
fi
BIN=$FUZZ/target/x86_64-unknown-linux-gnu/$([ "$PROFILE" = dev ] && echo debug || echo release)
for t in "${TARGETS[@]}"; do
  [ -x "$BIN/$t" ] || { echo "Fuzzmålet $t byggdes inte ($BIN/$t saknas)." >&2; exit 1; }
done
built=$(date +%s)

# Whether FILE has the same bytes as an input kept under fuzz/regressions/.
known() {
  local f
  while IFS= read -r -d '' f; do
    cmp -s "$1" "$f" && return 0
  done < <(find "$FUZZ/regressions" -type f -print0 2>/dev/null)
  return 1
}

failed=()
summary=()
for t in "${TARGETS[@]}"; do
  corpus=$FUZZ/corpus/$t arts=$FUZZ/artifacts/$t logs=$FUZZ/logs/$t
  mkdir -p "$corpus" "$arts" "$logs"
  : > "$logs/fuzz.log"
  echo "==> Fuzzar $t i $SECS s"
  execs=0 rounds=0 new_crash=0 pdfium=0 known_n=0 hang=0
  t0=$(date +%s)
  left=$SECS
  while [ "$left" -gt 0 ]; do
    marker=$(mktemp)
    # -jobs=1 -workers=1: one fuzzing process (a child whose output goes to fuzz-0.log in $logs).
    (cd "$logs" && nice -n 10 "$BIN/$t" -max_total_time="$left" -rss_limit_mb="$RSS_MB" -timeout="$TIMEOUT" \
       -jobs=1 -workers=1 -print_final_stats=1 -artifact_prefix="$arts/" "$corpus" "$FUZZ/seeds/$t" \
       > "$logs/driver.log" 2>&1) || true
    rounds=$((rounds + 1))
    round_log=$logs/fuzz-0.log
    [ -f "$round_log" ] || round_log=$logs/driver.log
    cat "$round_log" >> "$logs/fuzz.log"
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$round_log" | tr -d '\r' | tail -1)
    if [ -z "$n" ]; then n=$(grep -ao '^#[0-9]*' "$round_log" | tail -1 | tr -d '#'); fi
    execs=$((execs + ${n:-0}))
    restart=0
    while IFS= read -r -d '' a; do
      kind=${a##*/}; kind=${kind%%-*}
      if known "$a"; then
        known_n=$((known_n + 1)); echo "    känd: $a"
      elif [ "$t" = extract ] && [ "$kind" = crash ] && ! grep -aqE 'panicked at|overflowed its stack' "$round_log"; then
        pdfium=$((pdfium + 1)); restart=1
        echo "    krasch i PDFium (ingen Rust-panik): $a – spara den i fuzz/regressions/pdfium-crash/"
      elif [ "$t" = extract ] && [ "$kind" != crash ]; then
        hang=$((hang + 1)); restart=1
        echo "    PDFium hängde eller tog för mycket minne ($kind): $a – ett fientligt exempel för arbetsprocessen"
      else
        new_crash=$((new_crash + 1)); restart=1
        echo "    NY KRASCH ($kind): $a"
        grep -a -m1 -A1 -E 'panicked at|overflowed its stack|ERROR: libFuzzer' "$round_log" | cut -c1-300 | sed 's/^/      /' || true
      fi
    done < <(find "$arts" -type f -newer "$marker" -print0)
    rm -f "$marker"
    # libFuzzer stops at the first finding: go on with what is left of the time (at most 20 rounds).
    [ "$restart" = 1 ] && [ "$rounds" -lt 20 ] || break
    left=$((SECS - ($(date +%s) - t0)))
  done
  secs=$(( $(date +%s) - t0 ))
  rate=$(( execs / (secs > 0 ? secs : 1) ))
  line=$(printf '%-12s %10d körningar  %7d/s  %3d s  nya krascher: %d' "$t" "$execs" "$rate" "$secs" "$new_crash")
  [ "$pdfium" = 0 ] || line+=", PDFium-krascher: $pdfium"
  [ "$hang" = 0 ] || line+=", PDFium-häng/minne: $hang"
  [ "$known_n" = 0 ] || line+=", kända: $known_n"
  summary+=("$line")
  [ "$new_crash" = 0 ] || failed+=("$t")
done

echo "==> Resultat (bygge $((built - start)) s, totalt $(( $(date +%s) - start )) s; fynd i fuzz/artifacts/, loggar i fuzz/logs/)"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "Nya krascher i: ${failed[*]}. Återskapa med: $BIN/MÅL FIL" >&2
  exit 1
fi
echo "==> Inga nya krascher."
