#!/usr/bin/env bash
# Comptoir sync benchmark (issue 4): (a) cold bootstrap of the client cache from 100,000 products
# (stock at two of the four locations, ~0.5 M stock rows) and from the same catalog stocked at all
# four (~1 M stock rows); (b) propagation of a stock change to 100 and 1,000 live clients' caches;
# (c) server memory per idle live connection. Medians of --runs runs. See docs/performance.md.
#
#   flock /tmp/comptoir-build.lock tests/bench/sync.sh [--runs R] [--products N] [--skip-million]
#                                                      [--only bootstrap|propagation|idle]
#
# Environment: BUILD_DIR [build], BENCH_WORK_DIR [/tmp/comptoir-bench] (seeded folders kept and
# reused), CLIENT_CACHE_DIR [/dev/shm/comptoir-bench-sync] (client caches: many small files).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
WORK=${BENCH_WORK_DIR:-/tmp/comptoir-bench}
CACHES=${CLIENT_CACHE_DIR:-/dev/shm/comptoir-bench-sync}
RUNS=3
PRODUCTS=100000
MILLION=1
ONLY=
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --products) PRODUCTS=$2; shift 2 ;;
    --skip-million) MILLION=0; shift ;;
    --only) ONLY=$2; shift 2 ;;
    -h | --help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {print}' "$0"; exit 0 ;;
    *) echo "sync.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

log() { printf '[bench] %s\n' "$*" >&2; }
cmake --build "$BUILD" --target comptoir-server comptoir-bench-seed comptoir-bench-bootstrap \
    comptoir-bench-propagation comptoir-bench-idle >&2
BIN="$BUILD/tests/bench"
SERVER_BIN="$BUILD/server/comptoir-server"

RUN_DIR=$(mktemp -d /tmp/comptoir-bench-sync.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$RUN_DIR" "$CACHES"
}
trap cleanup EXIT
mkdir -p "$CACHES" "$WORK"

source "$ROOT/tests/bench/server-lib.sh"
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
field() { sed -n "s/^$1=//p"; }

# --- (a) bootstrap ------------------------------------------------------------------------------
bootstrap() { # bootstrap LABEL SEED_FLAGS…
    local label=$1
    shift
    local data="$WORK/data-$PRODUCTS${*:+-everywhere}"
    if [[ ! -f $data/comptoir.db ]]; then
        log "seeding $PRODUCTS products into $data $*"
        "$BIN/comptoir-bench-seed" --data-dir "$data.partial" --products "$PRODUCTS" "$@" >/dev/null
        mv "$data.partial" "$data"
    fi
    start_server "bootstrap-$label" "$data"
    local seconds=() out
    for run in $(seq 1 "$RUNS"); do
        out=$("$BIN/comptoir-bench-bootstrap" --server "http://127.0.0.1:$PORT" --cache "$WORK/client-cache.db")
        seconds+=("$(field seconds <<<"$out")")
        log "bootstrap $label run $run: $(tr '\n' ' ' <<<"$out")"
    done
    stop_server
    rm -f "$WORK"/client-cache.db*
    printf '| %s | %s | %s | %s | %s MB | %s MB | %s |\n' "$label" "$(field products <<<"$out")" \
        "$(field stock <<<"$out")" "$(printf '%s\n' "${seconds[@]}" | median)" "$(field cache_mb <<<"$out")" \
        "$(field client_rss_mb <<<"$out")" "$(printf '%s ' "${seconds[@]}")"
}
part() { [[ -z $ONLY || $ONLY == "$1" ]]; }
if part bootstrap; then
    echo "| bootstrap | products | stock rows | median s | cache | client RSS | runs (s) |"
    echo "| --- | --- | --- | --- | --- | --- | --- |"
    bootstrap "two locations per variant"
    ((MILLION)) && bootstrap "all four locations" --stock-everywhere
fi

# --- (b) propagation ----------------------------------------------------------------------------
if part propagation || part idle; then # the idle part reuses the demo folder made here
    DEMO="$RUN_DIR/demo"
    start_server demo "$DEMO" --demo --demo-history-days 0
    TOKEN=$(curl -s -H 'Content-Type: application/json' \
        -d '{"email":"staff.paris@demo.comptoir.fr","password":"comptoir-demo"}' \
        "http://127.0.0.1:$PORT/api/v1/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    part propagation && echo
    part propagation && echo "| live clients | p50 ms | p95 ms | p99 ms | max ms | first client ms | last client ms | runs (p50 / p99) |"
    part propagation && echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
    for clients in $(part propagation && echo 100 1000); do
        p50=() p95=() p99=() max=() firsts=() lasts=() runs=""
        for run in $(seq 1 "$RUNS"); do
            # --settle-ms: the clients' start-up pulls leave up to one keep-alive connection per
            # server thread idle for the keep-alive timeout (2 s), each thread polling it every
            # 10 ms (cpp-httplib 0.11): half the server's CPU. The measure is the steady state.
            out=$("$BIN/comptoir-bench-propagation" --server "http://127.0.0.1:$PORT" --token "$TOKEN" \
                --sku TSH-0001-S-GRIS-CHINE --location loc_paris --clients "$clients" --processes 2 \
                --changes 50 --interval-ms 100 --settle-ms 12000 --cache-dir "$CACHES" 2>"$RUN_DIR/propagation.err")
            log "propagation $clients run $run: $(tr '\n' ' ' <<<"$out")"
            [[ $(field samples <<<"$out") == "$(field expected <<<"$out")" ]] || log "  some changes never arrived"
            p50+=("$(field p50_ms <<<"$out")") p95+=("$(field p95_ms <<<"$out")")
            p99+=("$(field p99_ms <<<"$out")") max+=("$(field max_ms <<<"$out")")
            firsts+=("$(field first_client_median_ms <<<"$out")") lasts+=("$(field last_client_median_ms <<<"$out")")
            runs+="$(field p50_ms <<<"$out") / $(field p99_ms <<<"$out"); "
            rm -f "$CACHES"/*
        done
        printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$clients" "$(printf '%s\n' "${p50[@]}" | median)" \
            "$(printf '%s\n' "${p95[@]}" | median)" "$(printf '%s\n' "${p99[@]}" | median)" \
            "$(printf '%s\n' "${max[@]}" | median)" "$(printf '%s\n' "${firsts[@]}" | median)" \
            "$(printf '%s\n' "${lasts[@]}" | median)" "$runs"
    done
    stop_server
fi

# --- (c) idle connections -----------------------------------------------------------------------
part idle || exit 0
echo
echo "| idle live connections | server RSS before | after | KiB each | per GiB |"
echo "| --- | --- | --- | --- | --- |"
for run in $(seq 1 "$RUNS"); do
    start_server "idle-$run" "$DEMO"
    # A cursor past the head: the hellos cost no catch-up, only the connection is measured.
    out=$("$BIN/comptoir-bench-idle" --ws "ws://127.0.0.1:$WS_PORT/" --server-pid "$SERVER_PID" \
        --since 999999999 --connections 10000)
    log "idle run $run: $(tr '\n' ' ' <<<"$out")"
    printf '| %s | %s MB | %s MB | %s | %s |\n' "$(field connections <<<"$out")" "$(field rss_before_mb <<<"$out")" \
        "$(field rss_after_mb <<<"$out")" "$(field kib_per_connection <<<"$out")" "$(field connections_per_gib <<<"$out")"
    stop_server
done
