#!/usr/bin/env bash
# Installs the Debian 12 packages Comptoir needs to build, run, test and benchmark.
# Idempotent and quiet: when everything is present it prints nothing and touches nothing.
# Usage: installers/setup-deps.sh [--with-bench]
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtqml-models qml6-module-qttest qml6-module-qtcharts
  libcpp-httplib-dev libsqlite3-dev sqlite3 libssl-dev openssl zlib1g-dev
  libqrencode-dev libsimdjson-dev libqt6svg6 fonts-inter qtkeychain-qt6-dev
  libcurl4-openssl-dev python3-aiosmtpd libfaketime
  curl xvfb xauth nginx-light poppler-utils
  nodejs npm
  libpng-dev libjpeg-dev libwebp-dev
  # issue 17: the PostgreSQL backend (libpq) and the server its tests start (initdb, pg_ctl, unaccent)
  libpq-dev postgresql-15
)
if [[ "${1:-}" == "--with-bench" ]]; then
  packages+=(wrk)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine may already have Node.js from elsewhere: use it rather than Debian's.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs/}")
  missing=("${missing[@]/npm/}")
  read -r -a missing <<<"${missing[*]}"
fi

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup-deps: missing packages (run as root to install): ${missing[*]}" >&2
    exit 1
  fi
  echo "setup-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Node tools of the test suite (OpenAPI validation and lint), pinned in tests/tools, are
# installed here, outside the source tree, so the tests themselves never need the network.
tools_dir=${COMPTOIR_TOOLS_DIR:-$HOME/.cache/comptoir/tools}
pins=$(cd "$(dirname "$0")/../tests/tools" && pwd)
stamp=$(cat "$pins/package.json" "$pins/package-lock.json" | sha256sum | cut -d' ' -f1)
if [[ "$(cat "$tools_dir/.installed" 2>/dev/null)" != "$stamp" ]]; then
  echo "setup-deps: installing the test suite's Node tools in $tools_dir" >&2
  mkdir -p "$tools_dir"
  cp "$pins/package.json" "$pins/package-lock.json" "$tools_dir/"
  log=$(mktemp)
  if ! npm ci --no-audit --no-fund --loglevel=error --prefix "$tools_dir" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "setup-deps: npm ci in $tools_dir failed" >&2
    exit 1
  fi
  rm -f "$log"
  echo "$stamp" >"$tools_dir/.installed"
fi
