#!/usr/bin/env bash
# Click & collect queue arrival benchmark (issue 14): a real comptoir-server on the demo store;
# --consoles staff consoles of the Paris store (the sync library, each a till enrolled as a
# register with a staff member signed in by PIN, live channel on) and one console of the Lyon
# store; a customer places --orders pickup orders at Paris one after another and pays each by
# card. Latency: from just before the payment POST to the order committed as paid in each
# console's cache (every order × console is a sample). Checks the scope: the Lyon console gets the
# orders' stock reservations and none of the orders. Medians of --runs runs, each with fresh
# consoles on the same server. Target: p95 ≤ 1 s with 20 consoles. See docs/performance.md.
#
#   flock /tmp/comptoir-build.lock tests/bench/queue.sh [--runs 3] [--consoles 20] [--orders 30]
#                                                       [--interval-ms 300] [--processes 2]
#
# Environment: BUILD_DIR [build], CLIENT_CACHE_DIR [/dev/shm/comptoir-bench-queue].
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
CACHES=${CLIENT_CACHE_DIR:-/dev/shm/comptoir-bench-queue}
RUNS=3
CONSOLES=20
ORDERS=30
INTERVAL=300
PROCESSES=2
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --consoles) CONSOLES=$2; shift 2 ;;
    --orders) ORDERS=$2; shift 2 ;;
    --interval-ms) INTERVAL=$2; shift 2 ;;
    --processes) PROCESSES=$2; shift 2 ;;
    -h | --help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {print}' "$0"; exit 0 ;;
    *) echo "queue.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

trap 'echo "queue.sh: failed at line $LINENO" >&2' ERR
log() { printf '[bench] %s\n' "$*" >&2; }
cmake --build "$BUILD" --target comptoir-server comptoir-bench-queue >&2
SERVER_BIN="$BUILD/server/comptoir-server"

RUN_DIR=$(mktemp -d /tmp/comptoir-bench-queue.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$RUN_DIR" "$CACHES"
}
trap cleanup EXIT
mkdir -p "$CACHES"

# shellcheck source=server-lib.sh
source "$ROOT/tests/bench/server-lib.sh"
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
field() { sed -n "s/^$1=//p"; }
token() { sed -n 's/.*"token":"\([^"]*\)".*/\1/p'; }

start_server demo "$RUN_DIR/demo" --demo --demo-history-days 0
API="http://127.0.0.1:$PORT/api/v1"
post() { # post PATH BODY [TOKEN]
    curl -sf "$API$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} \
        -H "Idempotency-Key: queue-setup-$RANDOM$RANDOM" -d "$2"
}
login() { post /auth/login "{\"email\":\"$1\",\"password\":\"comptoir-demo\"}" | token; }
MANAGER=$(login manager@demo.comptoir.fr)
# A till of STORE enrolled as a register, and EMAIL signed in on it by PIN: that person's token.
till_token() { # till_token STORE EMAIL PIN
    local till
    till=$(post /devices "{\"name\":\"Caisse $RANDOM\",\"store_id\":\"$1\",\"kind\":\"register\"}" "$MANAGER" | token)
    post /auth/pin "{\"email\":\"$2\",\"pin\":\"$3\"}" "$till" | token
}
for who in paris lyon; do
    curl -sf -X PUT "$API/me/pin" -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $(login "staff.$who@demo.comptoir.fr")" -d '{"pin":"2468"}'
done
: >"$RUN_DIR/tokens"
for _ in $(seq 1 "$CONSOLES"); do
    echo "$(till_token loc_paris staff.paris@demo.comptoir.fr 2468)" >>"$RUN_DIR/tokens" # one a line
done
OTHER=$(till_token loc_lyon staff.lyon@demo.comptoir.fr 2468)
post /auth/register '{"email":"queue.bench@example.fr","password":"queue-bench-password","name":"Bench"}' >/dev/null
CUSTOMER=$(post /auth/login '{"email":"queue.bench@example.fr","password":"queue-bench-password"}' | token)
SKU=TSH-0001-S-GRIS-CHINE
post /inventory/adjustments "{\"sku\":\"$SKU\",\"location_id\":\"loc_paris\",\"delta\":$((RUNS * ORDERS + 100)),\"reason\":\"receipt\"}" \
    "$MANAGER" >/dev/null
[[ $(grep -c . "$RUN_DIR/tokens") == "$CONSOLES" && -n $OTHER && -n $CUSTOMER ]] ||
    { echo "queue.sh: could not sign the consoles or the customer in" >&2; exit 1; }

p50=() p95=() p99=() max=() firsts=() lasts=() runs="" failed=0
for run in $(seq 1 "$RUNS"); do
    # --settle-ms: the consoles' start-up pulls leave keep-alive connections whose server threads
    # poll until they close (2 s); the measure is the steady state, as in sync.sh.
    out=$("$BUILD/tests/bench/comptoir-bench-queue" --server "http://127.0.0.1:$PORT" \
        --console-tokens "$RUN_DIR/tokens" --other-token "$OTHER" --customer-token "$CUSTOMER" --sku "$SKU" \
        --store loc_paris --orders "$ORDERS" --interval-ms "$INTERVAL" --processes "$PROCESSES" \
        --settle-ms 3000 --cache-dir "$CACHES") || failed=1
    log "queue run $run: $(tr '\n' ' ' <<<"$out")"
    [[ $(field samples <<<"$out") == "$(field expected <<<"$out")" ]] || { log "  some orders never arrived"; failed=1; }
    [[ $(field scope <<<"$out") == held ]] || { log "  the scope check failed"; failed=1; }
    p50+=("$(field p50_ms <<<"$out")") p95+=("$(field p95_ms <<<"$out")")
    p99+=("$(field p99_ms <<<"$out")") max+=("$(field max_ms <<<"$out")")
    firsts+=("$(field first_console_median_ms <<<"$out")") lasts+=("$(field last_console_median_ms <<<"$out")")
    runs+="$(field p50_ms <<<"$out") / $(field p95_ms <<<"$out"); "
    rm -f "$CACHES"/*
done
stop_server

echo "| consoles | orders per run | p50 ms | p95 ms | p99 ms | max ms | first / last console ms | other store's console | runs (p50 / p95) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |"
printf '| %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |\n' "$CONSOLES" "$ORDERS" \
    "$(printf '%s\n' "${p50[@]}" | median)" "$(printf '%s\n' "${p95[@]}" | median)" \
    "$(printf '%s\n' "${p99[@]}" | median)" "$(printf '%s\n' "${max[@]}" | median)" \
    "$(printf '%s\n' "${firsts[@]}" | median)" "$(printf '%s\n' "${lasts[@]}" | median)" \
    "$( ((failed)) && echo "**CHECK FAILED** (see the log)" || echo "no order, live or pulled")" "$runs"
exit "$failed"
