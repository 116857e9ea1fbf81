#!/usr/bin/env bash
# Z report benchmark: one cash session holding a day of counter sales (--sales, mixed cash, card,
# terminal and split payments over the three VAT rates, with refunds and movements), then the
# time to answer GET /cash-sessions/{id} (the running X report) and to close the session (the Z
# report, computed and stored), as the client sees them on loopback (curl's time_total). The
# session is seeded once; each run starts a server (default durability: full) on a fresh copy of
# that folder, times --gets reads (their median) and one close. Medians over --runs. Each run
# checks itself: the reads and the close answer 200 and the report counts every payment seeded.
# Target: ≤ 200 ms on the server for 5,000 sales (issue 14).
#
#   flock /tmp/comptoir-build.lock tests/bench/zreport.sh [--sales 5000] [--runs 5] [--gets 20] [--threads 8]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
SALES=5000
RUNS=5
GETS=20
THREADS=8
while (($#)); do
    case $1 in
    --sales) SALES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --gets) GETS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    *) echo "zreport.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
cmake --build "$BUILD" --target comptoir-server comptoir-bench-zreport-seed >&2
SERVER_BIN="$BUILD/server/comptoir-server"
RUN_DIR=$(mktemp -d)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; rm -rf "$RUN_DIR"' EXIT
# shellcheck source=server-lib.sh
source "$ROOT/tests/bench/server-lib.sh"

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
ms() { awk '{printf "%.1f\n", $1 * 1000}'; }

# The day of sales, seeded once (fast settings: what is timed later runs at full durability).
start_server seed "$RUN_DIR/template" --demo --demo-history-days 0 --durability normal --terminal-delay-ms 0
started=$(date +%s)
seeded=$("$BUILD/tests/bench/comptoir-bench-zreport-seed" --port "$PORT" --sales "$SALES" --threads "$THREADS")
echo "seeded in $(($(date +%s) - started)) s: $seeded" >&2
stop_server
SESSION=$(echo "$seeded" | sed -n 's/.*session=\([^ ]*\).*/\1/p')
PAYMENTS=$(echo "$seeded" | sed -n 's/.*payments=\([0-9]*\).*/\1/p')

RESULTS="$RUN_DIR/results.txt"
for run in $(seq 1 "$RUNS"); do
    rm -rf "$RUN_DIR/data" && cp -r "$RUN_DIR/template" "$RUN_DIR/data"
    start_server "run$run" "$RUN_DIR/data"
    base="http://127.0.0.1:$PORT/api/v1"
    token=$(curl -s "$base/auth/login" -H 'Content-Type: application/json' \
        -d '{"email":"staff.paris@demo.comptoir.fr","password":"comptoir-demo"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    auth=(-H "Authorization: Bearer $token")
    reads=()
    for _ in $(seq 1 "$GETS"); do
        out=$(curl -s -o "$RUN_DIR/x.json" -w '%{http_code} %{time_total}' "${auth[@]}" "$base/cash-sessions/$SESSION")
        [[ ${out% *} == 200 ]] || { echo "zreport.sh: GET answered ${out% *}" >&2; cat "$RUN_DIR/x.json" >&2; exit 1; }
        reads+=("${out#* }")
    done
    grep -q "\"payments\":{\"amount\":{[^}]*},\"count\":$PAYMENTS}" "$RUN_DIR/x.json" ||
        { echo "zreport.sh: the X report does not count the $PAYMENTS payments seeded" >&2; cat "$RUN_DIR/x.json" >&2; exit 1; }
    out=$(curl -s -o "$RUN_DIR/z.json" -w '%{http_code} %{time_total}' "${auth[@]}" -H 'Content-Type: application/json' \
        -H "Idempotency-Key: bench-close-$run" -d '{"counted":{"amount":0,"currency":"EUR"}}' \
        "$base/cash-sessions/$SESSION/close")
    [[ ${out% *} == 200 ]] || { echo "zreport.sh: close answered ${out% *}" >&2; cat "$RUN_DIR/z.json" >&2; exit 1; }
    read_ms=$(printf '%s\n' "${reads[@]}" | median | ms)
    close_ms=$(echo "${out#* }" | ms)
    echo "run $run read_ms=$read_ms close_ms=$close_ms" | tee -a "$RESULTS" >&2
    stop_server
done

field() { grep -o " $1=[-0-9.]*" "$RESULTS" | cut -d= -f2 | median; }
echo
echo "| sales in the session | payments | GET /cash-sessions/{id} (X report) p50 ms | close (Z report) ms | runs |"
echo "|---:|---:|---:|---:|---:|"
echo "| $SALES | $PAYMENTS | $(field read_ms) | $(field close_ms) | $RUNS |"
