#!/usr/bin/env bash
# Writes every mode's screenshots (docs/screenshots/{kiosk,shop,staff}-*.png): starts a demo server
# of its own, then drives the real `comptoir` binary offscreen through every screen (its
# --screenshot-tour). The kiosk: on a fresh profile the first-start setup screen, then the attract
# screen, search, a product, the cart, the card terminal, a decline, the receipts, the idle
# countdown, English. The shop: its sign-in, then its home signed in (a customer registered
# here). The staff console: its password sign-in, a sale at the till with its payment and
# receipt (the demo's Paris staff), and the PIN pad of a console enrolled as a till.
#
#   docs/screenshots/update.sh        (after a build; BUILD_DIR [build])
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
OUT="$ROOT/docs/screenshots"
SERVER_BIN="$BUILD/server/comptoir-server"
RUN_DIR=$(mktemp -d /tmp/comptoir-screenshots.XXXXXX)
WORK=$RUN_DIR
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$RUN_DIR"
}
trap cleanup EXIT
source "$ROOT/tests/bench/server-lib.sh"

start_server demo "$WORK/data" --demo
TOKEN=$(grep -A1 '"store_id": "loc_paris"' "$WORK/data/demo-credentials.json" | sed -n 's/.*"token": "\([^"]*\)".*/\1/p')

export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$WORK/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"
rm -f "$OUT"/kiosk-*.png "$OUT"/shop-*.png "$OUT"/staff-*.png
"$BUILD/app/comptoir" --mode kiosk --server "http://127.0.0.1:$PORT" --profile "$WORK/setup" \
    --screenshot-tour "$OUT"
"$BUILD/app/comptoir" --mode kiosk --server "http://127.0.0.1:$PORT" --device-token "$TOKEN" --store loc_paris \
    --profile "$WORK/kiosk" --screenshot-tour "$OUT"

SERVER="http://127.0.0.1:$PORT"
curl -sf "$SERVER/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d '{"email":"camille@example.fr","password":"a-long-secret","name":"Camille Martin"}' >/dev/null
export COMPTOIR_SECRET_STORE=file
"$BUILD/app/comptoir" --mode shop --server "$SERVER" --profile "$WORK/shop-out" --screenshot-tour "$OUT"
COMPTOIR_TOUR_ACCOUNT="camille@example.fr:a-long-secret" \
    "$BUILD/app/comptoir" --mode shop --server "$SERVER" --profile "$WORK/shop-in" --screenshot-tour "$OUT"
"$BUILD/app/comptoir" --mode staff --server "$SERVER" --profile "$WORK/staff-out" --screenshot-tour "$OUT"
COMPTOIR_TOUR_ACCOUNT="staff.paris@demo.comptoir.fr:comptoir-demo" \
    "$BUILD/app/comptoir" --mode staff --server "$SERVER" --profile "$WORK/staff-in" --screenshot-tour "$OUT"
# A till enrolled by the manager (POST /devices kind register), its token where the console keeps
# it (the owner-only file, as COMPTOIR_SECRET_STORE=file says), and who signed in on it lately.
MANAGER=$(curl -sf "$SERVER/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"manager@demo.comptoir.fr","password":"comptoir-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
REGISTER=$(curl -sf "$SERVER/api/v1/devices" -H "Authorization: Bearer $MANAGER" -H 'Content-Type: application/json' \
    -d '{"name":"Caisse 1","store_id":"loc_paris","kind":"register"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
mkdir -m 700 "$WORK/staff-till"
printf '{"register@%s":"%s"}' "$SERVER" "$REGISTER" >"$WORK/staff-till/register-token"
chmod 600 "$WORK/staff-till/register-token"
cat >"$WORK/staff-till/comptoir.ini" <<INI
[device]
server_url=$SERVER

[register]
store_id=loc_paris
recent_emails=staff.paris@demo.comptoir.fr, manager@demo.comptoir.fr
recent_names=Équipe Paris, Malik Gérant
INI
"$BUILD/app/comptoir" --mode staff --server "$SERVER" --profile "$WORK/staff-till" --screenshot-tour "$OUT"
ls "$OUT"/kiosk-*.png "$OUT"/shop-*.png "$OUT"/staff-*.png
