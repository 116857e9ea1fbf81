# Sourced by the benchmarks on the seeded catalog (kiosk.sh, shop.sh), after they set ROOT: their
# options, the build of the server, the client and the driver, a run folder removed on exit
# (with every process in PIDS stopped), the server library, and the seeded data folder.
# seeded_catalog_bench NAME DRIVER_TARGET "$@": sets BUILD, WORK, RUNS, PRODUCTS, SERVER_BIN,
# RUN_DIR, PIDS and DATA (seeding it on first use: the folder is shared between benchmarks).
seeded_catalog_bench() {
    local name=$1 driver=$2
    shift 2
    BUILD=${BUILD_DIR:-$ROOT/build}
    WORK=${BENCH_WORK_DIR:-/tmp/comptoir-bench}
    RUNS=3
    PRODUCTS=100000
    while (($#)); do
        case $1 in
        --runs) RUNS=$2; shift 2 ;;
        --products) PRODUCTS=$2; shift 2 ;;
        -h | --help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {print}' "$0"; exit 0 ;;
        *) echo "$name.sh: unknown option $1" >&2; exit 2 ;;
        esac
    done
    cmake --build "$BUILD" --target comptoir-server comptoir comptoir-bench-seed "$driver" >&2
    SERVER_BIN="$BUILD/server/comptoir-server"
    RUN_DIR=$(mktemp -d "/tmp/comptoir-bench-$name.XXXXXX")
    PIDS=()
    trap seeded_catalog_cleanup EXIT
    mkdir -p "$WORK"
    source "$ROOT/tests/bench/server-lib.sh"
    DATA="$WORK/data-$PRODUCTS"
    if [[ ! -f $DATA/comptoir.db ]]; then
        printf '[bench] seeding %s products into %s\n' "$PRODUCTS" "$DATA" >&2
        "$BUILD/tests/bench/comptoir-bench-seed" --data-dir "$DATA.partial" --products "$PRODUCTS" >/dev/null
        mv "$DATA.partial" "$DATA"
    fi
}
seeded_catalog_cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$RUN_DIR"
}
