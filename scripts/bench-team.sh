#!/usr/bin/env bash
# Benchmark of the store on both backends (issue 11): registrations per second with 1 and 8
# concurrent clients, and the time to load a case with 50 documents, on SQLite and on a throwaway
# PostgreSQL server started (and stopped) here with scripts/pg.sh. Release build.
#
# Usage: scripts/bench-team.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PG_DIR=$(mktemp -d /tmp/diarievakt-pg.XXXXXX)
trap 'bash scripts/pg.sh stop "$PG_DIR"' EXIT
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export DIARIEVAKT_TEST_PG=$(bash scripts/pg.sh start "$PG_DIR" "$PG_PORT")
cargo run -q --release -p diarievakt-store --example team_bench
