#!/usr/bin/env bash
# Several servers on PostgreSQL against one on SQLite (issue 17), in the same run on this machine:
# paid orders per second (64 buyers, each its own SKU, carry-out order then card payment, checked
# for duplicates and oversell by the load generator) and product reads per second, for
#   sqlite-1: one server on its SQLite file;
#   pg-1:     one server on a PostgreSQL of its own (initdb in a temp folder, fsync on);
#   pg-2:     two servers on that PostgreSQL behind Debian's nginx (installers/nginx/comptoir.conf).
# Then the change propagation between the two servers: a live client on one, the adjustments made
# through the other. Median of --runs runs; every run starts from a fresh copy of the seeded demo.
#
#   flock /tmp/comptoir-build.lock tests/bench/cluster.sh [--runs 3] [--seconds 10] [--buyers 64]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
RUNS=3
SECONDS_PER_RUN=10
BUYERS=64
while (($#)); do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --buyers) BUYERS=$2; shift 2 ;;
    *) echo "cluster.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
cmake --build "$BUILD" --target comptoir-server comptoir-bench-orders comptoir-bench-propagation >&2
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/comptoir-bench-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS=()
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    kill "${PIDS[@]}" 2>/dev/null || true
    wait 2>/dev/null || true
    as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_ready() { for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$1/readyz" && return 0; sleep 0.1; done; return 1; }
psql_admin() { as_postgres "$PGBIN/psql" -q -h "$WORK/socket" -p "$PGPORT" -U comptoir -d postgres -c "$1" >/dev/null; }

# PostgreSQL with its defaults (fsync on, synchronous_commit on), more connections for 2 × 96 threads.
PGPORT=$(free_port)
mkdir -p "$WORK/pg" "$WORK/socket" "$WORK/pglog"
[[ $(id -u) == 0 ]] && chown postgres "$WORK/pg" "$WORK/socket" "$WORK/pglog"
as_postgres "$PGBIN/initdb" -D "$WORK/pg" -U comptoir --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pglog/log" -w start \
    -o "-p $PGPORT -k $WORK/socket -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null
# Over the Unix socket, as a server beside its database would be (a round trip costs half of TCP's).
SOCKET_QUERY="?host=$WORK/socket&port=$PGPORT"
URL="postgresql://comptoir@"

# The seeded demo, once per backend: a SQLite folder, a PostgreSQL template database.
"$BUILD/server/comptoir-server" --demo --data-dir "$WORK/template" --port 0 --ws-port 0 --log-level warn \
    >"$WORK/seed.out" 2>&1 &
SEED=$!
until grep -q "listening on" "$WORK/seed.out"; do sleep 0.2; done
kill "$SEED"; wait "$SEED" 2>/dev/null || true
psql_admin "CREATE DATABASE seeded"
"$BUILD/server/comptoir-server" --demo --database "$URL/seeded$SOCKET_QUERY" --data-dir "$WORK/pgtemplate" --port 0 \
    --ws-port 0 --log-level warn >"$WORK/pgseed.out" 2>&1 &
SEED=$!
until grep -q "listening on" "$WORK/pgseed.out"; do sleep 0.2; done
kill "$SEED"; wait "$SEED" 2>/dev/null || true

start_instances() { # CONFIG RUN → sets TARGET (the port the load goes to), PIDS, PORTS
    local config=$1 run=$2
    PORTS=()
    WSPORTS=()
    SERVER_PIDS=()
    rm -rf "$WORK/data" && cp -r "$WORK/template" "$WORK/data"
    local database=()
    if [[ $config != sqlite-1 ]]; then
        rm -rf "$WORK/data" && cp -r "$WORK/pgtemplate" "$WORK/data"
        psql_admin "DROP DATABASE IF EXISTS run"
        psql_admin "CREATE DATABASE run TEMPLATE seeded"
        database=(--database "$URL/run$SOCKET_QUERY")
    fi
    local n=1
    [[ $config == pg-2 ]] && n=2
    for i in $(seq 1 "$n"); do
        local port ws
        port=$(free_port)
        ws=$(free_port)
        "$BUILD/server/comptoir-server" "${database[@]}" --data-dir "$WORK/data" --port "$port" --ws-port "$ws" \
            --log-level warn >"$WORK/server-$i.out" 2>&1 &
        PIDS+=($!)
        SERVER_PIDS+=($!)
        wait_ready "$port" || { cat "$WORK/server-$i.out" >&2; exit 1; }
        PORTS+=("$port")
        WSPORTS+=("$ws")
    done
    TARGET=${PORTS[0]}
    if [[ $config == pg-2 ]]; then
        TARGET=$(free_port)
        mkdir -p "$WORK/nginx/tmp"
        cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp/client;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    upstream comptoir { server 127.0.0.1:${PORTS[0]}; server 127.0.0.1:${PORTS[1]}; keepalive 128; }
    server {
        listen 127.0.0.1:$TARGET;
        location / { proxy_pass http://comptoir; proxy_http_version 1.1; proxy_set_header Connection ""; }
    }
}
NGINX
        nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
        PIDS+=($!)
        wait_ready "$TARGET" || { cat "$WORK/nginx/error.log" >&2; exit 1; }
    fi
}
stop_instances() { kill "${PIDS[@]}" 2>/dev/null || true; wait "${PIDS[@]}" 2>/dev/null || true; PIDS=(); }

# CPU seconds so far of the servers, and of PostgreSQL's processes (its postmaster's children).
cpu_of() { local total=0 t; for t in $(ps -o times= -p "$1" 2>/dev/null); do total=$((total + t)); done; echo "$total"; }
servers_cpu() { local total=0 pid; for pid in "${SERVER_PIDS[@]}"; do total=$((total + $(cpu_of "$pid"))); done; echo "$total"; }
postgres_cpu() {
    local postmaster total=0 t
    postmaster=$(head -1 "$WORK/pg/postmaster.pid")
    for t in $(ps -o times= --ppid "$postmaster") $(ps -o times= -p "$postmaster"); do total=$((total + t)); done
    echo "$total"
}

RESULTS="$WORK/results.txt"
for run in $(seq 1 "$RUNS"); do
    for config in sqlite-1 pg-1 pg-2; do
        for mode in distinct reads; do
            start_instances "$config" "$run"
            servers_before=$(servers_cpu)
            postgres_before=$(postgres_cpu)
            if ! out=$(/usr/bin/time -f "loadgen_cpu_s=%U+%S" -o "$WORK/loadgen.cpu" \
                "$BUILD/tests/bench/comptoir-bench-orders" --port "$TARGET" --mode "$mode" \
                --buyers "$BUYERS" --seconds "$SECONDS_PER_RUN"); then
                echo "$out" >&2
                echo "cluster.sh: the $config $mode run $run failed its checks" >&2
                exit 1
            fi
            loadgen=$(sed -n 's/loadgen_cpu_s=\(.*\)/\1/p' "$WORK/loadgen.cpu" | bc)
            cpu="servers_cpu_s=$(($(servers_cpu) - servers_before)) postgres_cpu_s=$(($(postgres_cpu) - postgres_before)) loadgen_cpu_s=$loadgen"
            echo "$config $mode $(echo "$out" | tr '\n' ' ') $cpu" | tee -a "$RESULTS" >&2
            stop_instances
        done
    done
done

# Propagation across servers: live clients on the first, the adjustments through the second.
start_instances pg-2 1
TOKEN=$(curl -sf -H 'Content-Type: application/json' \
    -d '{"email":"staff.paris@demo.comptoir.fr","password":"comptoir-demo"}' \
    "http://127.0.0.1:${PORTS[1]}/api/v1/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
SKU=$(curl -sf "http://127.0.0.1:${PORTS[1]}/api/v1/inventory?location_id=loc_paris&limit=1" \
    -H "Authorization: Bearer $TOKEN" | sed -n 's/.*"sku":"\([^"]*\)".*/\1/p')
PROPAGATION=$("$BUILD/tests/bench/comptoir-bench-propagation" --server "http://127.0.0.1:${PORTS[0]}" \
    --adjust-server "http://127.0.0.1:${PORTS[1]}" --token "$TOKEN" --sku "$SKU" --location loc_paris \
    --clients 50 --processes 1 --changes 100 --cache-dir "$WORK/caches" 2>&1 | tail -3)
stop_instances

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
field() { grep "^$1 $2 " "$RESULTS" | grep -o " $3=[-0-9.]*" | cut -d= -f2 | median; }
echo
echo "| servers | paid orders/s | order+pay p50 ms | order+pay p99 ms | duplicates | oversold | CPU s servers / PostgreSQL / load | product reads/s | read p99 ms | CPU s servers / PostgreSQL / load |"
echo "|---|---:|---:|---:|---:|---:|---|---:|---:|---|"
cpus() { echo "$(field $1 $2 servers_cpu_s) / $(field $1 $2 postgres_cpu_s) / $(field $1 $2 loadgen_cpu_s)"; }
for config in sqlite-1 pg-1 pg-2; do
    echo "| $config | $(field $config distinct orders_per_s) | $(field $config distinct order+pay_p50_ms) | $(field $config distinct order+pay_p99_ms) | $(field $config distinct duplicates) | $(field $config distinct oversold) | $(cpus $config distinct) | $(field $config reads reads_per_s) | $(field $config reads read_p99_ms) | $(cpus $config reads) |"
done
echo
echo "CPU seconds over each run of $SECONDS_PER_RUN s on $(nproc) cores (the load generator shares them; nginx not counted)."
echo
echo "propagation from one server to 50 live clients of the other: $PROPAGATION"
