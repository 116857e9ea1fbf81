#!/usr/bin/env bash
# Comptoir kiosk benchmark (issue 5): on a 100,000-product catalog, the kiosk's cold start to its
# first frame, search-as-you-type latency per keystroke, and resident memory. See
# docs/performance.md.
#
#   flock /tmp/comptoir-build.lock tests/bench/kiosk.sh [--runs R] [--products N]
#
# Environment: BUILD_DIR [build], BENCH_WORK_DIR [/tmp/comptoir-bench] (the seeded folder is shared
# with sync.sh and reused; the last run's time per keystroke is left in kiosk-keystrokes.log).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
log() { printf '[bench] %s\n' "$*" >&2; }
source "$ROOT/tests/bench/seeded-catalog-lib.sh"
seeded_catalog_bench kiosk comptoir-bench-kiosk "$@"
# A manager to register the benchmark's kiosk (created once; the seeded catalog has no account).
COMPTOIR_ADMIN_PASSWORD=bench-password-1 start_server kiosk "$DATA" --create-admin bench@comptoir.invalid
URL="http://127.0.0.1:$PORT"
ADMIN=$(curl -s -H 'Content-Type: application/json' -d '{"email":"bench@comptoir.invalid","password":"bench-password-1"}' \
    "$URL/api/v1/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
KIOSK=$(curl -s -H 'Content-Type: application/json' -H "Authorization: Bearer $ADMIN" \
    -d '{"name":"bench kiosk","store_id":"loc_paris"}' "$URL/api/v1/devices" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[[ -n $KIOSK ]] || { echo "kiosk.sh: could not register a kiosk" >&2; exit 1; }

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
field() { sed -n "s/^$1=//p"; }
echo "| run | products | bootstrap s | keystrokes | search p50 ms | p95 ms | max ms | first frame ms (median of 5) | RSS after first frame |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
p95s=() frames=() rsss=()
for run in $(seq 1 "$RUNS"); do
    rm -rf "$RUN_DIR/profile"
    out=$(QT_QPA_PLATFORM=offscreen "$BUILD/tests/bench/comptoir-bench-kiosk" --server "$URL" --token "$KIOSK" \
        --profile "$RUN_DIR/profile" --app "$BUILD/app/comptoir" --starts 5 2>"$RUN_DIR/kiosk.err")
    log "run $run: $(tr '\n' ' ' <<<"$out")"
    grep '^keystroke' "$RUN_DIR/kiosk.err" >"$WORK/kiosk-keystrokes.log" || true # the last run's, kept
    printf '| %s | %s | %s | %s | %s | %s | %s | %s (%s) | %s MB |\n' "$run" "$(field products <<<"$out")" \
        "$(field bootstrap_s <<<"$out")" "$(field keystrokes <<<"$out")" "$(field search_p50_ms <<<"$out")" \
        "$(field search_p95_ms <<<"$out")" "$(field search_max_ms <<<"$out")" \
        "$(field first_frame_median_ms <<<"$out")" "$(field first_frame_runs_ms <<<"$out")" "$(field rss_mb <<<"$out")"
    p95s+=("$(field search_p95_ms <<<"$out")") frames+=("$(field first_frame_median_ms <<<"$out")")
    rsss+=("$(field rss_mb <<<"$out")")
done
echo
echo "median of runs: search p95 $(printf '%s\n' "${p95s[@]}" | median) ms, first frame $(printf '%s\n' "${frames[@]}" | median) ms, RSS $(printf '%s\n' "${rsss[@]}" | median) MB"

# Resident memory after a walk through every screen on that cache (the screenshot tour, offline).
PEAK=$(COMPTOIR_BENCH_REPORT_RSS=1 QT_QPA_PLATFORM=offscreen timeout 300 "$BUILD/app/comptoir" \
    --profile "$RUN_DIR/profile" --screenshot-tour "$RUN_DIR/shots" 2>/dev/null | field peak_rss_mb)
echo "peak RSS through every screen: $PEAK MB"
