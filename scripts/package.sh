#!/usr/bin/env bash
# Builds the Debian package target/debug/bundle/deb/Diarievakt_<version>_amd64.deb with Tauri's
# bundler, from the binaries scripts/build.sh built (the same debug profile and feature set the
# tests run – nothing is compiled again): the window (/usr/bin/diarievakt-app, with a desktop
# entry and icons), the command (/usr/bin/diarievakt) and PDFium (/usr/lib/diarievakt/), depending
# on Debian's WebKitGTK, Tesseract with Swedish and English, poppler-utils and DejaVu fonts.
#
#   bash scripts/package.sh           # build first if needed, then bundle
#   sudo apt install ./target/debug/bundle/deb/Diarievakt_*_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
if [ ! -x target/debug/diarievakt-app ] || [ ! -x target/debug/diarievakt ]; then
  bash scripts/build.sh --app-only
fi
rm -rf target/debug/bundle/deb
echo "==> Paketerar (Tauris paketerare, deb)"
ui/node_modules/.bin/tauri bundle --debug --bundles deb
deb=$(ls target/debug/bundle/deb/*.deb)
echo "==> Paketet: $deb ($(du -h "$deb" | cut -f1))"
