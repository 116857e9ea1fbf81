#!/usr/bin/env bash
# Comptoir read benchmark: product by id and full-text search on a 100,000-product catalog,
# against nginx serving the same product's JSON as a static file. See docs/performance.md.
#
#   flock /tmp/comptoir-build.lock tests/bench/run.sh [options]
#
# Options (defaults in brackets):
#   --products N       catalog size [100000]
#   --runs R           measured runs; the table shows medians [3]
#   --duration D       wrk duration of each measurement [10s]
#   --connections C    wrk keep-alive connections [64]
#   --light N          also measure search with only N connections (service time without
#                      64-way queueing) [4]
#   --with-info-log    also measure product reads with request logging at info (stderr to a file)
#   --no-build         do not run cmake --build first
#
# Environment: BUILD_DIR [build], BENCH_WORK_DIR [/tmp/comptoir-bench] (the seeded data folder
# is kept there and reused by later runs with the same N), WRK_THREADS [2].
#
# The flock keeps other builds off the machine while it measures: the server, nginx and wrk all
# share the same cores, so anything else running skews the figures. The "other cores" column shows
# what the rest of the machine used during each measurement (tests do not take the lock).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH="$ROOT/tests/bench"
BUILD=${BUILD_DIR:-$ROOT/build}
WORK=${BENCH_WORK_DIR:-/tmp/comptoir-bench}
WRK_THREADS=${WRK_THREADS:-2}
PRODUCTS=100000
RUNS=3
DURATION=10s
CONNECTIONS=64
INFO_LOG=0
SEARCH_LIGHT=4
BUILD_FIRST=1

while (($#)); do
    case $1 in
    --products) PRODUCTS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --light) SEARCH_LIGHT=$2; shift 2 ;;
    --with-info-log) INFO_LOG=1; shift ;;
    --no-build) BUILD_FIRST=0; shift ;;
    -h | --help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {print}' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

for tool in wrk nginx curl cmake; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed" >&2; exit 2; }
done

log() { printf '[bench] %s\n' "$*" >&2; }

# --- Build -------------------------------------------------------------------------------------
if ((BUILD_FIRST)); then
    if [[ ! -f $BUILD/build.ninja ]]; then
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
    fi
    log "building comptoir-server and comptoir-bench-seed in $BUILD"
    cmake --build "$BUILD" --target comptoir-server comptoir-bench-seed >&2
fi
SERVER_BIN="$BUILD/server/comptoir-server"
SEED_BIN="$BUILD/tests/bench/comptoir-bench-seed"

# --- Processes we start, stopped on exit -------------------------------------------------------
RUN_DIR=$(mktemp -d /tmp/comptoir-bench-run.XXXXXX)
chmod 755 "$RUN_DIR" # nginx workers run as nobody when started by root
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$RUN_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        [[ -z $(ss -Htln "sport = :$port") ]] && { echo "$port"; return; }
    done
}

# --- Seed (or reuse) the catalog ---------------------------------------------------------------
DATA="$WORK/data-$PRODUCTS"
mkdir -p "$WORK"
if [[ ! -f $DATA/comptoir.db ]]; then
    log "seeding $PRODUCTS products into $DATA (once; later runs reuse it)"
    rm -rf "$DATA.partial"
    "$SEED_BIN" --data-dir "$DATA.partial" --products "$PRODUCTS" >"$RUN_DIR/seed.out"
    mv "$DATA.partial" "$DATA"
fi
"$SEED_BIN" --data-dir "$DATA" --products "$PRODUCTS" >"$RUN_DIR/seed.out" 2>/dev/null
READ_ID=$(sed -n 's/^read_id=//p' "$RUN_DIR/seed.out")
export BENCH_SKU BENCH_BARCODE
BENCH_SKU=$(sed -n 's/^sku=//p' "$RUN_DIR/seed.out")
BENCH_BARCODE=$(sed -n 's/^barcode=//p' "$RUN_DIR/seed.out")
log "catalog: $PRODUCTS products in $DATA ($(du -sh "$DATA" | cut -f1)), reading $READ_ID"

# --- Start the server --------------------------------------------------------------------------
# start_server LEVEL NAME [FLAGS…]: starts comptoir-server with default threads; sets SERVER_PID and PORT.
start_server() {
    local level=$1 name=$2
    shift 2
    "$SERVER_BIN" --data-dir "$DATA" --listen 127.0.0.1 --port 0 --ws-port 0 --log-level "$level" "$@" \
        >"$RUN_DIR/$name.out" 2>"$RUN_DIR/$name.err" &
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
    PORT=
    for _ in $(seq 1 200); do
        PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$RUN_DIR/$name.out")
        [[ -n $PORT ]] && curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "run.sh: comptoir-server did not become ready:" >&2
    cat "$RUN_DIR/$name.out" "$RUN_DIR/$name.err" >&2
    exit 1
}

READ_PATH="/api/v1/products/$READ_ID"
if ((INFO_LOG)); then
    # A second server on the same data, request logging on (to a file): measured in turn with the
    # first one in every run, so both see the same machine.
    start_server info server-info
    INFO_PID=$SERVER_PID
    INFO_BASE="http://127.0.0.1:$PORT"
    log "comptoir-server --log-level info pid $INFO_PID on port $PORT (log to a file)"
fi
# A server with the search answer cache off: what a search costs when it is computed.
start_server warn server-nocache --search-cache-mb 0
NOCACHE_PID=$SERVER_PID
NOCACHE_BASE="http://127.0.0.1:$PORT"
start_server warn server
BASE="http://127.0.0.1:$PORT"
log "comptoir-server pid $SERVER_PID on port $PORT"

# --- nginx with the same bytes -----------------------------------------------------------------
NGINX_DIR="$RUN_DIR/nginx"
mkdir -p "$NGINX_DIR/www/api/v1/products" "$NGINX_DIR/tmp"
curl -sf "$BASE$READ_PATH" -o "$NGINX_DIR/www$READ_PATH"
chmod -R a+rX "$NGINX_DIR"
NGINX_PORT=$(free_port)
sed -e "s|@PORT@|$NGINX_PORT|g" -e "s|@DIR@|$NGINX_DIR|g" "$BENCH/nginx.conf.in" >"$NGINX_DIR/nginx.conf"
nginx -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/nginx-error.log" &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$READ_PATH" && break
    kill -0 "$NGINX_PID" 2>/dev/null || { echo "run.sh: nginx did not start" >&2; exit 1; }
    sleep 0.1
done
cmp -s <(curl -sf "$BASE$READ_PATH") <(curl -sf "http://127.0.0.1:$NGINX_PORT$READ_PATH") ||
    { echo "run.sh: nginx does not serve the same bytes as the server" >&2; exit 1; }
BODY_BYTES=$(stat -c %s "$NGINX_DIR/www$READ_PATH")
log "nginx pid $NGINX_PID on port $NGINX_PORT serving the same $BODY_BYTES bytes"

# --- Measuring ---------------------------------------------------------------------------------
# CPU seconds (user + system) used so far by a process and its threads.
cpu_seconds() {
    local total=0 pid stat
    for pid in "$@"; do
        stat=$(cut -d' ' -f14,15 "/proc/$pid/stat" 2>/dev/null) || continue
        total=$((total + ${stat% *} + ${stat#* }))
    done
    echo "scale=2; $total / $(getconf CLK_TCK)" | bc
}
# CPU seconds all processes on the machine have used so far (busy = everything but idle and iowait).
machine_busy_seconds() {
    awk -v hz="$(getconf CLK_TCK)" '$1 == "cpu" {print ($2 + $3 + $4 + $7 + $8 + $9) / hz}' /proc/stat
}
# nginx's master and workers.
nginx_pids() { echo "$NGINX_PID" "$(cat /proc/"$NGINX_PID"/task/*/children 2>/dev/null)"; }

RESULTS="$RUN_DIR/results.txt"
: >"$RESULTS"
# measure LABEL URL [LUA [CONNECTIONS]]: one wrk run; appends "LABEL rps=… p50_ms=… … cpu_cores=…"
# (cpu_cores: the server's or nginx's; wrk_cores: wrk's).
# --timeout 10s: wrk's default (2 s) drops slower answers from the latency histogram.
measure() {
    local label=$1 url=$2 script=${3:-$BENCH/report.lua} conns=${4:-$CONNECTIONS}
    local pids before after busy_before busy_after line wrk_cpu
    case $label in
    nginx*) read -ra pids <<<"$(nginx_pids)" ;;
    read-info) pids=("$INFO_PID") ;;
    search-nocache*) pids=("$NOCACHE_PID") ;;
    *) pids=("$SERVER_PID") ;;
    esac
    before=$(cpu_seconds "${pids[@]}")
    busy_before=$(machine_busy_seconds)
    local TIMEFORMAT='%U %S'
    { time wrk -t"$WRK_THREADS" -c"$conns" -d"$DURATION" --timeout 10s --latency -s "$script" "$url" \
        >"$RUN_DIR/wrk.out" 2>&1; } 2>"$RUN_DIR/wrk.time"
    after=$(cpu_seconds "${pids[@]}")
    busy_after=$(machine_busy_seconds)
    wrk_cpu=$(awk '{print $1 + $2}' "$RUN_DIR/wrk.time")
    line=$(grep '^BENCH ' "$RUN_DIR/wrk.out") || { cat "$RUN_DIR/wrk.out" >&2; exit 1; }
    # CPU time over the run's wall time: how many of the cores each side kept busy.
    local secs
    secs=$(echo "$line" | grep -o 'seconds=[0-9.]*' | cut -d= -f2)
    line="$label ${line#BENCH } cpu_cores=$(echo "scale=2; ($after - $before) / $secs" | bc | sed 's/^\./0./')"
    line+=" wrk_cores=$(echo "scale=2; $wrk_cpu / $secs" | bc | sed 's/^\./0./')"
    # Whatever else ran on the machine meanwhile (tests, builds): should stay near 0.
    line+=" other_cores=$(echo "scale=2; ($busy_after - $busy_before - $after + $before - $wrk_cpu) / $secs" | bc |
        sed 's/^\(-\?\)\./\10./')"
    echo "$line" >>"$RESULTS"
    log "$line"
}

log "warming up (3 s each)"
for url in "$BASE$READ_PATH" "http://127.0.0.1:$NGINX_PORT$READ_PATH" ${INFO_BASE:+"$INFO_BASE$READ_PATH"}; do
    wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d3s "$url" >/dev/null
done
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d3s -s "$BENCH/search.lua" "$BASE/api/v1/products" >/dev/null
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d3s -s "$BENCH/search.lua" "$NOCACHE_BASE/api/v1/products" >/dev/null

for run in $(seq 1 "$RUNS"); do
    log "run $run of $RUNS"
    measure read "$BASE$READ_PATH"
    if ((INFO_LOG)); then
        measure read-info "$INFO_BASE$READ_PATH"
    fi
    measure search "$BASE/api/v1/products" "$BENCH/search.lua"
    measure "search-c$SEARCH_LIGHT" "$BASE/api/v1/products" "$BENCH/search.lua" "$SEARCH_LIGHT"
    measure search-nocache "$NOCACHE_BASE/api/v1/products" "$BENCH/search.lua"
    measure "search-nocache-c$SEARCH_LIGHT" "$NOCACHE_BASE/api/v1/products" "$BENCH/search.lua" "$SEARCH_LIGHT"
    measure nginx "http://127.0.0.1:$NGINX_PORT$READ_PATH"
done

status() { awk -v k="$1:" '$1 == k {print int($2 / 1024)}' "/proc/$SERVER_PID/status"; }
PEAK_RSS=$(status VmHWM)
RSS_ANON=$(status RssAnon)
RSS_FILE=$(status RssFile)
SERVER_THREADS=$(awk '$1 == "Threads:" {print $2}' "/proc/$SERVER_PID/status")
# PSS counts a page mapped N times once in total: SQLite maps the database once per connection
# (mmap_size), and RSS counts every mapping of a shared page again.
rollup() { awk -v k="$1:" '$1 == k {print int($2 / 1024)}' "/proc/$SERVER_PID/smaps_rollup"; }
PSS=$(rollup Pss)
PSS_FILE=$(rollup Pss_File)
DB_MAPS=$(grep -c '/comptoir\.db$' "/proc/$SERVER_PID/maps" || true)

# Latency of each search query alone on one warm keep-alive connection (median of 5 after one
# discarded request), to see which queries cost most.
urlencode() {
    local LC_ALL=C s=$1 out='' c i
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case $c in [a-zA-Z0-9.~_-]) out+=$c ;; *) out+=$(printf '%%%02X' "'$c") ;; esac
    done
    echo "$out"
}
QUERY_TIMES="$RUN_DIR/queries.txt"
: >"$QUERY_TIMES"
while IFS= read -r q; do
    url="$NOCACHE_BASE/api/v1/products?q=$(urlencode "$q")&limit=20"
    median=$(curl -sf -w '%{time_total}\n' -o /dev/null -o /dev/null -o /dev/null -o /dev/null -o /dev/null \
        -o /dev/null "$url" "$url" "$url" "$url" "$url" "$url" | tail -n +2 | sort -g | sed -n 3p)
    hits=$(curl -sf "${url%&limit=20}&limit=200" | { grep -o '"id":"prd_' || true; } | wc -l)
    printf '%s\t%.1f\t%s\n' "$q" "$(echo "$median * 1000" | bc)" "$hits" >>"$QUERY_TIMES"
done < <(sed -n '/^local queries = {/,/^}/p' "$BENCH/search.lua" | grep -o '"[^"]*"' | tr -d '"'
    echo "$BENCH_SKU"; echo "$BENCH_BARCODE"; echo "co"; echo "en")

# --- Report ------------------------------------------------------------------------------------
# median LABEL FIELD
median() {
    grep "^$1 " "$RESULTS" | grep -o " $2=[-0-9.]*" | cut -d= -f2 | sort -g |
        awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
row() { # LABEL NAME
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$2" "$(median "$1" rps)" "$(median "$1" p50_ms)" \
        "$(median "$1" p95_ms)" "$(median "$1" p99_ms)" "$(median "$1" cpu_cores)" "$(median "$1" wrk_cores)" \
        "$(median "$1" other_cores)" \
        "$(grep "^$1 " "$RESULTS" | grep -o ' rps=[0-9]*' | cut -d= -f2 | paste -sd/)"
}
READ_RPS=$(median read rps)
NGINX_RPS=$(median nginx rps)
ERRORS=$(grep -o ' errors=[0-9]*\| non2xx=[0-9]*' "$RESULTS" | cut -d= -f2 | paste -sd+ | bc)

echo
echo "## Comptoir read benchmark"
echo
echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); commit: $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
echo "- machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
echo "- catalog: $PRODUCTS products; product read: GET $READ_PATH ($BODY_BYTES bytes)"
echo "- load: wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency, median of $RUNS runs; server --log-level warn, default threads ($SERVER_THREADS threads at the end)"
echo "- wrk, comptoir-server and nginx share the same $(nproc) cores"
echo
echo "| | req/s | p50 ms | p95 ms | p99 ms | server cores | wrk cores | other cores | req/s of each run |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
row read "Comptoir GET /api/v1/products/{id}"
row search "Comptoir GET /api/v1/products?q=…&limit=20"
row "search-c$SEARCH_LIGHT" "same search, $SEARCH_LIGHT connections only"
row search-nocache "same search, answer cache off (--search-cache-mb 0)"
row "search-nocache-c$SEARCH_LIGHT" "answer cache off, $SEARCH_LIGHT connections only"
row nginx "nginx, same JSON as a static file"
if ((INFO_LOG)); then
    row read-info "Comptoir GET /api/v1/products/{id}, --log-level info"
fi
echo
echo "- ratio Comptoir ÷ nginx (product reads): $(echo "scale=2; $READ_RPS / $NGINX_RPS" | bc | sed 's/^\./0./')"
if ((INFO_LOG)); then
    echo "- request logging at info: $(echo "scale=1; 100 * ($READ_RPS - $(median read-info rps)) / $READ_RPS" | bc)% fewer product reads per second than at warn"
fi
echo "- comptoir-server memory: peak RSS (VmHWM) $PEAK_RSS MB; at the end RssAnon $RSS_ANON MB, RssFile $RSS_FILE MB, PSS $PSS MB (of which file $PSS_FILE MB); comptoir.db mapped $DB_MAPS times (one per SQLite connection)"
echo "- socket errors + non-2xx answers over all runs: $ERRORS"
# read-info is left out: the kernel's writeback of its log file shows up as "other" there.
BUSY_OTHER=$(grep -v '^read-info ' "$RESULTS" | grep -o ' other_cores=[-0-9.]*' | cut -d= -f2 | sort -g | tail -1)
if (($(echo "$BUSY_OTHER > 0.2" | bc))); then
    echo "- WARNING: other processes used up to $BUSY_OTHER cores during a measurement: figures are skewed, run again on a quiet machine"
fi
echo
echo "Each search query alone, answer cache off, one keep-alive connection (median of 5; hits: first page of 200):"
echo
echo "| q | ms | hits |"
echo "|---|---:|---:|"
awk -F'\t' '{printf "| `%s` | %s | %s |\n", $1, $2, $3}' "$QUERY_TIMES"
