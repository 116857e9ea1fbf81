#!/usr/bin/env bash
# The README's first command, after the build: the demo store's server and, where there is a
# display, a kiosk window on it (the Paris store's kiosk, set up with the demo's device token).
# Without a display it says so and keeps the server running. Ctrl-C stops everything.
#
#   installers/demo.sh [comptoir-server options…]
#
# Environment: BUILD_DIR [build], COMPTOIR_DATA_DIR and COMPTOIR_PORT as for comptoir-server.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
DATA=${COMPTOIR_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/comptoir}
PORT=${COMPTOIR_PORT:-8080}

"$BUILD/server/comptoir-server" --demo "$@" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null' EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break
    kill -0 "$SERVER" 2>/dev/null || exit 1 # the server said why
    sleep 0.1
done

keep_serving() {
    echo "demo: $1 The server keeps running at http://127.0.0.1:$PORT (Ctrl-C to stop)." >&2
    wait "$SERVER"
}

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    keep_serving "no display here, so the kiosk window cannot open (on a desktop it opens by itself; or try xvfb-run)."
fi
# The Paris kiosk's token, from the credentials the demo wrote at its first start.
TOKEN=$(grep -A1 '"store_id": "loc_paris"' "$DATA/demo-credentials.json" | sed -n 's/.*"token": "\([^"]*\)".*/\1/p')
if [[ -z $TOKEN ]]; then
    keep_serving "no kiosk token in $DATA/demo-credentials.json, so the kiosk cannot be set up."
fi
COMPTOIR_DEVICE_TOKEN=$TOKEN "$BUILD/app/comptoir" --mode kiosk --server "http://127.0.0.1:$PORT" --store loc_paris ||
    echo "demo: the kiosk stopped with status $?." >&2
keep_serving "the kiosk window is closed."
