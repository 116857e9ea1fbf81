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
  qml6-module-qtqml-models qml6-module-qttest
  libcpp-httplib-dev libsqlite3-dev sqlite3 libssl-dev openssl zlib1g-dev
  libqrencode-dev libsimdjson-dev libqt6svg6 fonts-inter
  curl xvfb xauth
  nodejs npm
)
if [[ "${1:-}" == "--with-bench" ]]; then
  packages+=(wrk nginx-light)
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
