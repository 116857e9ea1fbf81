#!/usr/bin/env bash
# Writes every mode's screenshots (docs/screenshots/{kiosk,shop,staff}-*.png): starts a demo server
# of its own, then drives the real `comptoir` binary offscreen through every screen (its
# --screenshot-tour). The kiosk: on a fresh profile the first-start setup screen, then the attract
# screen, search, a product, the cart, the card terminal, a decline, the receipts, the idle
# countdown, English. The shop: its sign-in, then its home signed in (a customer registered here).
# The staff console: its sign-in, then, as the demo's Paris staff on a till, the drawer opened, a
# sale with its payment and receipt, the next one's discounts and a manager's approval asked for,
# the order queue (three click & collect orders placed and paid here), a pick list, stock, a
# delivery and a count being scanned, a pay-out and the drawer closed with its Z report, and the
# queue again on a back-office PC's 1920×1080; last the PIN pad of a console enrolled as a till.
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
rm -f "$OUT"/kiosk-*.png "$OUT"/shop-*.png "$OUT"/staff-*.png "$OUT"/backoffice-*.png
"$BUILD/app/comptoir" --mode kiosk --server "http://127.0.0.1:$PORT" --profile "$WORK/setup" \
    --screenshot-tour "$OUT"
"$BUILD/app/comptoir" --mode kiosk --server "http://127.0.0.1:$PORT" --device-token "$TOKEN" --store loc_paris \
    --profile "$WORK/kiosk" --screenshot-tour "$OUT"

SERVER="http://127.0.0.1:$PORT"
curl -sf "$SERVER/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d '{"email":"camille@example.fr","password":"a-long-secret","name":"Camille Martin"}' >/dev/null
# (account) Camille's saved addresses and phone, for the account page.
CAMILLE=$(curl -sf "$SERVER/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"camille@example.fr","password":"a-long-secret"}' | sed -n 's/.*"token": *"\([^"]*\)".*/\1/p')
curl -sf -X PATCH "$SERVER/api/v1/me" -H "Authorization: Bearer $CAMILLE" -H 'Content-Type: application/json' \
    -d '{"phone":"+33 6 12 34 56 78"}' >/dev/null
curl -sf "$SERVER/api/v1/me/addresses" -H "Authorization: Bearer $CAMILLE" -H 'Content-Type: application/json' \
    -d '{"label":"Maison","name":"Camille Martin","line1":"12 rue Oberkampf","postal_code":"75011","city":"Paris","country":"FR"}' >/dev/null
curl -sf "$SERVER/api/v1/me/addresses" -H "Authorization: Bearer $CAMILLE" -H 'Content-Type: application/json' \
    -d '{"label":"Bureau","name":"Camille Martin","line1":"4 place Bellecour","line2":"3e étage","postal_code":"69002","city":"Lyon","country":"FR"}' >/dev/null
export COMPTOIR_SECRET_STORE=file
"$BUILD/app/comptoir" --mode shop --server "$SERVER" --profile "$WORK/shop-out" --screenshot-tour "$OUT"
COMPTOIR_TOUR_ACCOUNT="camille@example.fr:a-long-secret" \
    "$BUILD/app/comptoir" --mode shop --server "$SERVER" --profile "$WORK/shop-in" --screenshot-tour "$OUT"
"$BUILD/app/comptoir" --mode staff --server "$SERVER" --profile "$WORK/staff-out" --screenshot-tour "$OUT"
# The staff console's queue needs orders: Camille orders three times for pickup in Paris and pays
# by card (as the web shop does); the Paris staff has prepared the second one.
/usr/bin/python3 - "$SERVER" <<'PY'
import json, sys, urllib.request
server = sys.argv[1] + "/api/v1"
def call(method, path, body=None, token=None, key=None):
    request = urllib.request.Request(server + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token: request.add_header("Authorization", "Bearer " + token)
    if key: request.add_header("Idempotency-Key", key)
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)
def login(email, password):
    return call("POST", "/auth/login", {"email": email, "password": password})["token"]
customer = login("camille@example.fr", "a-long-secret")
staff = login("staff.paris@demo.comptoir.fr", "comptoir-demo")
levels = call("GET", "/inventory?location_id=loc_paris&limit=200", token=staff)["items"]
skus = [level["sku"] for level in levels if level["available"] >= 5][::23]
baskets = [[(skus[0], 1), (skus[1], 2)], [(skus[2], 1)], [(skus[3], 1), (skus[4], 1), (skus[5], 2), (skus[6], 1)]]
for n, basket in enumerate(baskets):
    order = call("POST", "/orders", {"lines": [{"sku": s, "quantity": q} for s, q in basket],
                                     "fulfillment": {"type": "pickup", "location_id": "loc_paris"}},
                 customer, "tour-order-%d" % n)
    card = call("POST", "/payments/tokens", {"number": "4242424242424242", "exp_month": 12,
                                             "exp_year": 2030, "cvc": "123"})
    call("POST", "/orders/%s/payments" % order["id"], {"method": "card", "token": card["token"]},
         customer, "tour-payment-%d" % n)
    if n == 1:
        call("POST", "/orders/%s/status" % order["id"], {"status": "ready_for_pickup"}, staff)
PY
# Tills enrolled by the manager (POST /devices kind register): each one's token where the console
# keeps it (the owner-only file, as COMPTOIR_SECRET_STORE=file says), its account (its drawer's
# register_id) and who signed in on it lately.
MANAGER=$(curl -sf "$SERVER/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"manager@demo.comptoir.fr","password":"comptoir-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
enrol_till() { # profile folder, till name
    local answer token id
    answer=$(curl -sf "$SERVER/api/v1/devices" -H "Authorization: Bearer $MANAGER" -H 'Content-Type: application/json' \
        -d "{\"name\":\"$2\",\"store_id\":\"loc_paris\",\"kind\":\"register\"}")
    token=$(printf '%s' "$answer" | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
    id=$(printf '%s' "$answer" | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["user"]["id"])')
    mkdir -m 700 "$1"
    printf '{"register@%s":"%s"}' "$SERVER" "$token" >"$1/register-token"
    chmod 600 "$1/register-token"
    cat >"$1/comptoir.ini" <<INI
[device]
server_url=$SERVER

[register]
store_id=loc_paris
register_id=$id
recent_emails=staff.paris@demo.comptoir.fr, manager@demo.comptoir.fr
recent_names=Équipe Paris, Malik Gérant
INI
}
# The store floor on a till signed in with the password: the drawer opened, a sale, the queue,
# stock, and the drawer closed with its Z report.
enrol_till "$WORK/staff-in" "Caisse 1"
COMPTOIR_TOUR_ACCOUNT="staff.paris@demo.comptoir.fr:comptoir-demo" \
    "$BUILD/app/comptoir" --mode staff --server "$SERVER" --profile "$WORK/staff-in" --screenshot-tour "$OUT"
# The back office (issue 16): the demo admin on a back-office PC (not a till), every page,
# then English; the tour names them staff-backoffice-*, kept as backoffice-*.png.
COMPTOIR_TOUR_ACCOUNT="admin@demo.comptoir.fr:comptoir-demo" \
    "$BUILD/app/comptoir" --mode staff --server "$SERVER" --profile "$WORK/manager" --screenshot-tour "$OUT"
for shot in "$OUT"/staff-backoffice-*.png; do mv "$shot" "$OUT/${shot##*/staff-}"; done
# Another till, signed out: its PIN pad.
enrol_till "$WORK/staff-till" "Caisse 2"
"$BUILD/app/comptoir" --mode staff --server "$SERVER" --profile "$WORK/staff-till" --screenshot-tour "$OUT"
# The shop again now that Camille has orders (one being prepared in Paris, one ready) and a
# product on her wishlist: her orders, one order, the wishlist, dark, and large text.
CAMILLE=$(curl -sf "$SERVER/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"camille@example.fr","password":"a-long-secret"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
for product in prd_0002 prd_0005; do
    curl -sf -X PUT "$SERVER/api/v1/me/wishlist/$product" -H "Authorization: Bearer $CAMILLE" >/dev/null
done
"$BUILD/app/comptoir" --mode shop --server "$SERVER" --profile "$WORK/shop-in" --screenshot-tour "$OUT"
ls "$OUT"/kiosk-*.png "$OUT"/shop-*.png "$OUT"/staff-*.png "$OUT"/backoffice-*.png
