#!/usr/bin/env bash
# Comptoir desktop shop browsing benchmark (issue 15): on a 100,000-product catalog, the shop's
# cold start to its first frame, a facet click's recount, search-as-you-type suggestions,
# scrolling a department of about 20,000 products, and resident memory. See docs/performance.md.
#
#   flock /tmp/comptoir-build.lock tests/bench/shop.sh [--runs R] [--products N]
#
# Environment: BUILD_DIR [build], BENCH_WORK_DIR [/tmp/comptoir-bench] (the seeded folder is shared
# with kiosk.sh and reused; the last run's per-click and per-keystroke times are left in
# shop-steps.log).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
log() { printf '[bench] %s\n' "$*" >&2; }
source "$ROOT/tests/bench/seeded-catalog-lib.sh"
seeded_catalog_bench shop comptoir-bench-shop "$@"
start_server shop "$DATA"
URL="http://127.0.0.1:$PORT"
# A customer of its own each time (the address is unique): registering is open to anyone.
EMAIL="bench-$$-$(date +%s)@comptoir.invalid"
curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"bench-password-1\",\"name\":\"Bench\"}" \
    "$URL/api/v1/auth/register" >/dev/null || { echo "shop.sh: could not register a customer" >&2; exit 1; }
export COMPTOIR_SECRET_STORE=file QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$RUN_DIR/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
field() { sed -n "s/^$1=//p"; }
echo "| run | products | bootstrap s | facet open ms (median of 5) | click p50 / p95 / max ms | suggest p50 / p95 / max ms | frame p50 / p95 / max ms | frames > 16.7 / > 32 ms | RSS MB | first frame ms (median of 5) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
clicks=() suggests=() framesmax=() rsss=() firsts=()
for run in $(seq 1 "$RUNS"); do
    rm -rf "$RUN_DIR/profile"
    out=$("$BUILD/tests/bench/comptoir-bench-shop" --server "$URL" --email "$EMAIL" --password bench-password-1 \
        --profile "$RUN_DIR/profile" 2>"$RUN_DIR/shop.err") || { cat "$RUN_DIR/shop.err" >&2; exit 1; }
    cp "$RUN_DIR/shop.err" "$WORK/shop-steps.log"
    # Cold starts of the real binary on that cache, signed in (the token kept in the profile).
    starts=()
    for _ in 1 2 3 4 5; do
        t0=$(date +%s%N)
        COMPTOIR_BENCH_FIRST_FRAME=1 timeout 60 "$BUILD/app/comptoir" --mode shop --profile "$RUN_DIR/profile" \
            >"$RUN_DIR/start.out" 2>/dev/null
        grep -q first_frame_ms= "$RUN_DIR/start.out" || { echo "shop.sh: no first frame" >&2; exit 1; }
        starts+=($(( ($(date +%s%N) - t0) / 1000000 )))
    done
    first=$(printf '%s\n' "${starts[@]}" | median)
    log "run $run: $(tr '\n' ' ' <<<"$out") first_frame=${starts[*]}"
    printf '| %s | %s | %s | %s | %s / %s / %s | %s / %s / %s | %s / %s / %s | %s / %s | %s | %s (%s) |\n' "$run" \
        "$(field products <<<"$out")" "$(field bootstrap_s <<<"$out")" "$(field facet_open_p50_ms <<<"$out")" \
        "$(field facet_click_p50_ms <<<"$out")" "$(field facet_click_p95_ms <<<"$out")" "$(field facet_click_max_ms <<<"$out")" \
        "$(field suggest_p50_ms <<<"$out")" "$(field suggest_p95_ms <<<"$out")" "$(field suggest_max_ms <<<"$out")" \
        "$(field frame_p50_ms <<<"$out")" "$(field frame_p95_ms <<<"$out")" "$(field frame_max_ms <<<"$out")" \
        "$(field frames_over_16ms <<<"$out")" "$(field frames_over_32ms <<<"$out")" "$(field rss_mb <<<"$out")" \
        "$first" "${starts[*]}"
    clicks+=("$(field facet_click_p95_ms <<<"$out")") suggests+=("$(field suggest_p95_ms <<<"$out")")
    framesmax+=("$(field frame_max_ms <<<"$out")") rsss+=("$(field rss_mb <<<"$out")") firsts+=("$first")
done
echo
echo "median of runs: facet click p95 $(printf '%s\n' "${clicks[@]}" | median) ms, suggest p95 $(printf '%s\n' "${suggests[@]}" | median) ms, frame max $(printf '%s\n' "${framesmax[@]}" | median) ms, RSS $(printf '%s\n' "${rsss[@]}" | median) MB, first frame $(printf '%s\n' "${firsts[@]}" | median) ms"
