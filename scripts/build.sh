#!/usr/bin/env bash
# Builds the UI, the app (with ui/dist embedded) and the headless `diarievakt` command.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> Bygger gränssnittet"
(cd ui && npm run build)
echo "==> Bygger programmet"
cargo build -p diarievakt-app --features custom-protocol
cargo build -p diarievakt-cli
