#!/usr/bin/env bash
# Mail outbox throughput (issue 15): how many mails a second the server's sender delivers to a
# real SMTP server (Debian's aiosmtpd, tests/support/smtpsink.py, on loopback). The outbox is
# filled with N copies of a composed order confirmation (with its QR code, ~10 kB) in a stopped
# server's database; the server is then started with --smtp-url and timed until every row is
# marked sent. Median of R runs. See docs/performance.md.
#
#   flock /tmp/comptoir-build.lock tests/bench/mail_outbox.sh [--runs R] [--mails N]
#
# Environment: BUILD_DIR [build].
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
RUNS=3
MAILS=2000
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --mails) MAILS=$2; shift 2 ;;
    -h | --help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {print}' "$0"; exit 0 ;;
    *) echo "mail_outbox.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

log() { printf '[bench] %s\n' "$*" >&2; }
cmake --build "$BUILD" --target comptoir-server >&2
SERVER_BIN="$BUILD/server/comptoir-server"
RUN_DIR=$(mktemp -d /tmp/comptoir-bench-mail.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$RUN_DIR"
}
trap cleanup EXIT
source "$ROOT/tests/bench/server-lib.sh"
# start_server reads NAME.out while the server may not have created it yet: under `set -e` a
# missing file would end the script.
start_mail_server() {
    : >"$RUN_DIR/$1.out"
    start_server "$@"
}

# One real message to copy: a paid order's confirmation, written as .eml without SMTP.
TEMPLATE="$RUN_DIR/template"
start_mail_server template "$TEMPLATE" --demo --demo-history-days 0
TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d '{"email":"bench.mail@example.fr","password":"bench-password-123","name":"Bench"}' \
    "http://127.0.0.1:$PORT/api/v1/auth/register" >/dev/null &&
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d '{"email":"bench.mail@example.fr","password":"bench-password-123"}' \
        "http://127.0.0.1:$PORT/api/v1/auth/login" | sed -n 's|.*"token":"\([^"]*\)".*|\1|p')
ORDER=$(curl -sf -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
    -H 'Idempotency-Key: bench-order' \
    -d '{"lines":[{"sku":"TSH-0001-S-GRIS-CHINE","quantity":2}],"fulfillment":{"type":"pickup","location_id":"loc_paris"}}' \
    "http://127.0.0.1:$PORT/api/v1/orders" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
CARD=$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"number\":\"4242424242424242\",\"exp_month\":12,\"exp_year\":$(($(date +%Y) + 3)),\"cvc\":\"123\"}" \
    "http://127.0.0.1:$PORT/api/v1/payments/tokens" | sed -n 's|.*"token":"\([^"]*\)".*|\1|p')
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
    -H 'Idempotency-Key: bench-pay' -d "{\"method\":\"card\",\"token\":\"$CARD\"}" \
    "http://127.0.0.1:$PORT/api/v1/orders/$ORDER/payments"
for _ in $(seq 1 100); do
    [[ -n $(ls "$TEMPLATE/mail/" 2>/dev/null) ]] && break
    sleep 0.1
done
stop_server
EML=$(ls "$TEMPLATE"/mail/*.eml | head -1)
[[ -f $EML ]] || { echo "mail_outbox.sh: no confirmation mail was written" >&2; exit 1; }
log "message of $(wc -c <"$EML") bytes"

/usr/bin/python3 "$ROOT/tests/support/smtpsink.py" "$RUN_DIR/sink" >"$RUN_DIR/sink.out" 2>"$RUN_DIR/sink.err" &
PIDS+=($!)
for _ in $(seq 1 100); do
    SINK_PORT=$(sed -n 's|listening on \([0-9]*\)|\1|p' "$RUN_DIR/sink.out")
    [[ -n $SINK_PORT ]] && break
    sleep 0.1
done
[[ -n $SINK_PORT ]] || { cat "$RUN_DIR/sink.err" >&2; exit 1; }

rates=()
for run in $(seq 1 "$RUNS"); do
    DATA="$RUN_DIR/data-$run"
    cp -r "$TEMPLATE" "$DATA"
    rm -rf "$DATA/mail"
    sqlite3 "$DATA/comptoir.db" "UPDATE mail_outbox SET state = 'sent';
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $MAILS)
      INSERT INTO mail_outbox(mail_id, kind, recipient, subject, message, next_attempt_at, created_at)
      SELECT 'bench-' || i, 'order_paid', 'bench.mail@example.fr', 'bench', readfile('$EML'), 0, 0 FROM n;"
    before=$(ls "$RUN_DIR/sink/new" 2>/dev/null | wc -l)
    start=$(date +%s.%N)
    start_mail_server "run$run" "$DATA" --smtp-url "smtp://127.0.0.1:$SINK_PORT"
    while [[ $(sqlite3 "$DATA/comptoir.db" "SELECT COUNT(*) FROM mail_outbox WHERE state <> 'sent'") != 0 ]]; do
        sleep 0.05
    done
    end=$(date +%s.%N)
    stop_server
    received=$(($(ls "$RUN_DIR/sink/new" | wc -l) - before))
    rate=$(echo "$MAILS / ($end - $start)" | bc -l)
    log "run $run: $MAILS mails in $(printf '%.2f' "$(echo "$end - $start" | bc -l)") s ($(printf '%.0f' "$rate") mails/s), sink received $received"
    [[ $received == "$MAILS" ]] || { echo "mail_outbox.sh: the sink received $received of $MAILS" >&2; exit 1; }
    rates+=("$rate")
done
median=$(printf '%s\n' "${rates[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
printf 'mail outbox to SMTP: median %.0f mails/s over %d runs of %d mails\n' "$median" "$RUNS" "$MAILS"
