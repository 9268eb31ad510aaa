#!/usr/bin/env bash
# Sets everything up on a fresh Debian machine, builds the app with the UI embedded and starts it
# on an embedded SQLite database in the user's data directory (DIARIEVAKT_DATA_DIR overrides it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh --app-only
exec target/debug/diarievakt-app "$@"
