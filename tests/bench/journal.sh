#!/usr/bin/env bash
# `comptoir-server --verify-journal` over a journal of --entries signed entries (default
# 1,000,000; target ≤ 30 s, issue 16): the journal is made once by comptoir-bench-journal-fill
# through the store's own append, then checked --runs times from its files, as an auditor's cron
# job would; prints each run's wall time and the median. Each run must say "valid". Both ways of
# checking the signatures are timed: every signature (the default), then only the anchors'
# (--verify-journal-signatures anchors; server/store/fiscaljournal.h).
#
#   flock /tmp/comptoir-build.lock tests/bench/journal.sh [--entries 1000000] [--runs 3] [--signatures every|anchors|both]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
ENTRIES=1000000
RUNS=3
SIGNATURES=both
while (($#)); do
    case $1 in
    --entries) ENTRIES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --signatures) SIGNATURES=$2; shift 2 ;;
    *) echo "journal.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
cmake --build "$BUILD" --target comptoir-server comptoir-bench-journal-fill >&2
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
"$BUILD/tests/bench/comptoir-bench-journal-fill" --data-dir "$DATA" --entries "$ENTRIES"
echo "database: $(du -h "$DATA/comptoir.db" | cut -f1)"
modes=(every anchors)
[[ $SIGNATURES == both ]] || modes=("$SIGNATURES")
for mode in "${modes[@]}"; do
    times=()
    for ((run = 1; run <= RUNS; ++run)); do
        start=$(date +%s.%N)
        out=$("$BUILD/server/comptoir-server" --verify-journal --verify-journal-signatures "$mode" --data-dir "$DATA")
        end=$(date +%s.%N)
        [[ $out == *"valid: $ENTRIES entries"* ]] || { echo "run $run: $out" >&2; exit 1; }
        t=$(echo "$end - $start" | bc)
        times+=("$t")
        echo "$mode, run $run: ${t} s ($out)"
    done
    printf '%s\n' "${times[@]}" | sort -n |
        awk -v mode="$mode" '{a[NR]=$1} END {printf "%s: median %.1f s over %d runs\n", mode, a[int((NR+1)/2)], NR}'
done
