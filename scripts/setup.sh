#!/usr/bin/env bash
# Installs everything Diarievakt needs on a fresh Debian 12 machine:
# Debian packages (Tauri's WebKitGTK, Xvfb, WebKitWebDriver, Tesseract with Swedish, PostgreSQL for
# the team-mode tests), PDFium from the pypdfium2 wheel,
# tauri-driver, and the UI's npm packages. Safe to run again: every step skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

PKGS=(build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev libayatana-appindicator3-dev
      librsvg2-dev libxdo-dev file webkit2gtk-driver xvfb xauth fonts-dejavu-core imagemagick
      poppler-utils unzip curl tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng ghostscript
      postgresql)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installerar Debian-paket: ${missing[*]}"
  # PostgreSQL is only a test server here (scripts/pg.sh starts and stops its own): the package
  # is told not to create and start a system cluster of its own.
  if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    $SUDO mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.d/diarievakt.conf >/dev/null
  fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# PDFium: no Debian package exists; the pypdfium2 wheel ships a self-contained libpdfium.so.
PDFIUM_VERSION=5.15.2
if [ ! -f vendor/pdfium/libpdfium.so ]; then
  echo "==> Hämtar PDFium (pypdfium2 $PDFIUM_VERSION)"
  tmp=$(mktemp -d)
  python3 -m pip download -q --no-deps --only-binary=:all: -d "$tmp" "pypdfium2==$PDFIUM_VERSION"
  mkdir -p vendor/pdfium
  unzip -q -o -j "$tmp"/pypdfium2-*.whl 'pypdfium2_raw/libpdfium.so' -d vendor/pdfium
  rm -rf "$tmp"
fi

# Python packages for the shared corpus generator (tests and benchmarks only).
python3 -c 'import fpdf, PIL' 2>/dev/null || python3 -m pip install -q fpdf2 pillow

# tauri-driver for the end-to-end tests, installed into the project, not the user's cargo.
if [ ! -x .tools/bin/tauri-driver ]; then
  echo "==> Installerar tauri-driver"
  cargo install -q tauri-driver --locked --root "$ROOT/.tools"
fi

if [ -f ui/package.json ]; then
  echo "==> Installerar npm-paket"
  # Not `npm ci`: npm 11 leaves other platforms' optional packages (rollup, esbuild) out of the lock
  # file, and `npm ci` then refuses it. `npm install` keeps the locked versions and adds this
  # platform's package.
  (cd ui && npm install --no-audit --no-fund)
fi
echo "==> Klart."
