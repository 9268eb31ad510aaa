#!/usr/bin/env bash
# Builds the UI and, in one cargo invocation with one feature set, the whole workspace: the app
# (with ui/dist embedded), the headless `diarievakt` command and every test binary. The test
# command then runs these very binaries; nothing is built twice with different features.
set -euo pipefail
cd "$(dirname "$0")/.."
# The feature set every build and test of the workspace uses (scripts/test.sh reads it too).
export DIARIEVAKT_FEATURES="diarievakt-app/custom-protocol"
echo "==> Bygger gränssnittet"
(cd ui && npm run build)
if [ "${1:-}" = "--app-only" ]; then
  # scripts/run.sh: the app and the command, without the test binaries.
  echo "==> Bygger programmet och kommandot"
  cargo build -p diarievakt-app -p diarievakt-cli --features "$DIARIEVAKT_FEATURES"
else
  echo "==> Bygger programmet, kommandot och testerna"
  cargo build --workspace --all-targets --features "$DIARIEVAKT_FEATURES"
fi
