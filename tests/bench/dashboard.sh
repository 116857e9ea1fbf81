#!/usr/bin/env bash
# The back-office dashboard's first paint over a year of sales (issue 16, target ≤ 1 s): a demo
# server whose generated history (--demo-history-days, demo/demohistory.h: paid orders with their
# journal entries, written through the store) holds --days days of --per-day orders, then, for
# each of --runs runs, a fresh server process on those files and the seven requests the dashboard
# sends at first paint (app/backoffice/salesdashboard.cpp, SalesDashboard::refresh), all at once
# as the client sends them, each timed by curl and the whole from the first sent to the last
# answered. Prints each run and the medians. The data folder is kept for the next run
# (DASHBOARD_DATA, default /tmp/comptoir-bench/dashboard-DAYS-PERDAY).
#
#   flock /tmp/comptoir-build.lock tests/bench/dashboard.sh [--days 365] [--per-day 1000] [--runs 3]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
DAYS=365
PER_DAY=1000
RUNS=3
while (($#)); do
    case $1 in
    --days) DAYS=$2; shift 2 ;;
    --per-day) PER_DAY=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "dashboard.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
cmake --build "$BUILD" --target comptoir-server >&2
SERVER_BIN=$BUILD/server/comptoir-server
DATA=${DASHBOARD_DATA:-/tmp/comptoir-bench/dashboard-$DAYS-$PER_DAY}
RUN_DIR=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$RUN_DIR"
}
trap cleanup EXIT
# shellcheck source=server-lib.sh
source "$ROOT/tests/bench/server-lib.sh"

if [[ ! -f $DATA/comptoir.db ]]; then
    rm -rf "$DATA" && mkdir -p "$DATA"
    start=$(date +%s.%N)
    # Seeding writes the history before the server listens: wait for it (minutes), not 30 s.
    "$SERVER_BIN" --data-dir "$DATA" --listen 127.0.0.1 --port 0 --ws-port 0 --log-level info --demo \
        --demo-history-days "$DAYS" --demo-history-orders-per-day "$PER_DAY" \
        >"$RUN_DIR/seed.out" 2>"$RUN_DIR/seed.err" &
    PIDS+=($!)
    until grep -q "listening on" "$RUN_DIR/seed.out"; do
        kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$RUN_DIR/seed.err" >&2; exit 1; }
        sleep 1
    done
    end=$(date +%s.%N)
    kill "${PIDS[-1]}" && wait "${PIDS[-1]}" 2>/dev/null || true
    echo "seeded $DATA in $(echo "$end - $start" | bc) s (history and the closures of its days):" \
        "$(grep -o 'demo sales history[^"]*' "$RUN_DIR/seed.err" | head -1)"
fi
echo "database: $(du -h "$DATA/comptoir.db" | cut -f1)"

# The dashboard's ranges, in Paris time as the client computes them (QDate::currentDate()).
paris_midnight() { date -u -d "@$(TZ=Europe/Paris date -d "$(TZ=Europe/Paris date -d "$1" +%F) 00:00" +%s)" +%Y-%m-%dT%H:%M:%S.000Z; }
today=$(paris_midnight today)
tomorrow=$(paris_midnight tomorrow)
last_week=$(paris_midnight "7 days ago")
last_week_end=$(paris_midnight "6 days ago")
thirty=$(paris_midnight "29 days ago")
enc() { printf '%s' "$1" | sed 's/:/%3A/g'; }
range() { echo "from=$(enc "$1")&to=$(enc "$2")"; }
paths=(
    "/reports/sales?group_by=store&$(range "$today" "$tomorrow")"
    "/reports/funnel?$(range "$today" "$tomorrow")"
    "/reports/sales?group_by=hour&$(range "$today" "$tomorrow")"
    "/reports/sales?group_by=hour&$(range "$last_week" "$last_week_end")"
    "/reports/sales?group_by=day&$(range "$thirty" "$tomorrow")"
    "/reports/sales?group_by=payment_method&$(range "$thirty" "$tomorrow")"
    "/reports/top-products?limit=8&$(range "$thirty" "$tomorrow")"
)

totals=()
for ((run = 1; run <= RUNS; ++run)); do
    start_server "run$run" "$DATA"
    base="http://127.0.0.1:$PORT/api/v1"
    token=$(curl -s "$base/auth/login" -H 'Content-Type: application/json' \
        -d '{"email":"manager@demo.comptoir.fr","password":"comptoir-demo"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [[ -n $token ]] || { echo "no manager token" >&2; exit 1; }
    start=$(date +%s.%N)
    curls=()
    for i in "${!paths[@]}"; do
        curl -s -o "$RUN_DIR/answer$i" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" \
            "$base${paths[$i]}" >"$RUN_DIR/time$i" &
        curls+=($!)
    done
    wait "${curls[@]}"
    end=$(date +%s.%N)
    total=$(echo "$end - $start" | bc)
    totals+=("$total")
    line="run $run: first paint ${total} s;"
    for i in "${!paths[@]}"; do
        read -r code t <"$RUN_DIR/time$i"
        [[ $code == 200 ]] || { echo "${paths[$i]}: HTTP $code" >&2; cat "$RUN_DIR/answer$i" >&2; exit 1; }
        line+=" $(echo "${paths[$i]}" | sed 's/&from.*//; s/?from.*//; s|/reports/||')=${t}"
    done
    echo "$line"
    stop_server
done
printf '%s\n' "${totals[@]}" | sort -n |
    awk '{a[NR]=$1} END {printf "first paint: median %.3f s over %d runs\n", a[int((NR+1)/2)], NR}'
