#!/usr/bin/env bash
# Order placement benchmark: 64 buyers each placing a carry-out order and paying it by card,
# (a) each on its own SKU, (b) all on one hot SKU, at both durability settings, then (c) all racing
# for the last 500 units of one SKU. Median of runs. Each run checks itself (no duplicate, no
# oversell, reservations equal to the orders placed; the race sells exactly 500 and refuses the
# rest with 409) and the script stops with a non-zero status at the first run that fails.
#
#   flock /tmp/comptoir-build.lock tests/bench/orders.sh [--runs 3] [--seconds 10] [--buyers 64] [--units 500]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
RUNS=3
SECONDS_PER_RUN=10
BUYERS=64
UNITS=500
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --buyers) BUYERS=$2; shift 2 ;;
    --units) UNITS=$2; shift 2 ;;
    *) echo "orders.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
cmake --build "$BUILD" --target comptoir-server comptoir-bench-orders >&2
WORK=$(mktemp -d)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# One seeded demo folder, copied fresh for every run. Without the demo's generated sales history
# (issue 16) when the server has one, so the figures compare with builds from before it.
NO_HISTORY=()
"$BUILD/server/comptoir-server" --help 2>&1 | grep -q -- --demo-history-days && NO_HISTORY=(--demo-history-days 0)
"$BUILD/server/comptoir-server" --demo "${NO_HISTORY[@]}" --data-dir "$WORK/template" --port 0 --ws-port 0 --log-level warn >"$WORK/seed.out" 2>&1 &
SEED=$!
until grep -q "listening on" "$WORK/seed.out"; do sleep 0.2; done
kill "$SEED"; wait "$SEED" 2>/dev/null || true

RESULTS="$WORK/results.txt"
for durability in full normal; do
    for mode in distinct hot race; do
        [[ $mode == race && $durability == normal ]] && continue
        for run in $(seq 1 "$RUNS"); do
            rm -rf "$WORK/data" && cp -r "$WORK/template" "$WORK/data"
            "$BUILD/server/comptoir-server" --data-dir "$WORK/data" --port 0 --ws-port 0 --log-level warn \
                --durability "$durability" >"$WORK/server.out" 2>&1 &
            PIDS=($!)
            until grep -q "listening on" "$WORK/server.out"; do sleep 0.1; done
            port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$WORK/server.out")
            if ! out=$("$BUILD/tests/bench/comptoir-bench-orders" --port "$port" --mode "$mode" --buyers "$BUYERS" \
                --seconds "$SECONDS_PER_RUN" --units "$UNITS"); then
                echo "$out" >&2
                echo "orders.sh: the $durability $mode run $run failed its checks" >&2
                exit 1
            fi
            echo "$durability $mode $(echo "$out" | tr '\n' ' ')" | tee -a "$RESULTS" >&2
            kill "${PIDS[@]}"; wait "${PIDS[@]}" 2>/dev/null || true
        done
    done
done

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
field() { grep "^$1 $2 " "$RESULTS" | grep -o " $3=[-0-9.]*" | cut -d= -f2 | median; }
echo
echo "| durability | SKUs | paid orders/s | order p50 ms | order p99 ms | order+pay p50 ms | order+pay p99 ms | duplicates | oversold | failures |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for durability in full normal; do
    for mode in distinct hot; do
        echo "| $durability | $mode | $(field $durability $mode orders_per_s) | $(field $durability $mode order_p50_ms) | $(field $durability $mode order_p99_ms) | $(field $durability $mode order+pay_p50_ms) | $(field $durability $mode order+pay_p99_ms) | $(field $durability $mode duplicates) | $(field $durability $mode oversold) | $(field $durability $mode failures) |"
    done
done
echo
echo "| race ($BUYERS buyers, $UNITS units, full durability) | sold | oversold | refused with 409 | other failures | seconds |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| median of $RUNS | $(field full race paid_orders) | $(field full race oversold) | $(field full race refused_409) | $(field full race failures) | $(field full race seconds) |"
