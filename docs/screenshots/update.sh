#!/usr/bin/env bash
# Writes the kiosk's screenshots (docs/screenshots/kiosk-*.png): starts a demo server of its own,
# then drives the real `comptoir` binary offscreen through every screen (its --screenshot-tour:
# the attract screen, search, a product, the cart, the card terminal, a decline, the receipts,
# the idle countdown, English) and, on a fresh profile, the first-start setup screen.
#
#   docs/screenshots/update.sh        (after a build; BUILD_DIR [build])
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
OUT="$ROOT/docs/screenshots"
WORK=$(mktemp -d /tmp/comptoir-screenshots.XXXXXX)
SERVER=
cleanup() {
    [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

"$BUILD/server/comptoir-server" --demo --data-dir "$WORK/data" --port 0 --ws-port 0 --log-level warn \
    >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER=$!
PORT=
for _ in $(seq 1 300); do
    PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$WORK/server.out")
    [[ -n $PORT ]] && curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break
    sleep 0.1
done
[[ -n $PORT ]] || { cat "$WORK/server.err" >&2; exit 1; }
TOKEN=$(grep -A1 '"store_id": "loc_paris"' "$WORK/data/demo-credentials.json" | sed -n 's/.*"token": "\([^"]*\)".*/\1/p')

export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$WORK/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"
rm -f "$OUT"/kiosk-*.png
"$BUILD/app/comptoir" --mode kiosk --server "http://127.0.0.1:$PORT" --profile "$WORK/setup" \
    --screenshot-tour "$OUT"
"$BUILD/app/comptoir" --mode kiosk --server "http://127.0.0.1:$PORT" --device-token "$TOKEN" --store loc_paris \
    --profile "$WORK/kiosk" --screenshot-tour "$OUT"
ls "$OUT"/kiosk-*.png
