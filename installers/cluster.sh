#!/usr/bin/env bash
# Comptoir on several servers, on one machine, with one command: a PostgreSQL of its own
# (initdb in a temporary folder, its own port, its Unix socket in that folder), two
# comptoir-server instances sharing its database, and Debian's nginx in front of them
# (installers/nginx/comptoir.conf with these ports). Prints the URL; Ctrl-C stops everything and
# removes the folder.
#
#   installers/cluster.sh [--instances N] [--port P] [comptoir-server options…]
#
# Environment: BUILD_DIR [build]. The first instance seeds the demo store (--demo).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
INSTANCES=2
PORT=8000
while [[ $# -gt 0 ]]; do
    case $1 in
    --instances) INSTANCES=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    *) break ;;
    esac
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x $PGBIN/initdb ]] || { echo "cluster: PostgreSQL is not installed (installers/setup-deps.sh)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "cluster: nginx is not installed (installers/setup-deps.sh)" >&2; exit 1; }

DIR=$(mktemp -d /tmp/comptoir-cluster.XXXXXX)
chmod 755 "$DIR"
PIDS=()
as_postgres() {
    # initdb and postgres refuse to run as root.
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    [[ -f $DIR/pg/postmaster.pid ]] && as_postgres "$PGBIN/pg_ctl" -D "$DIR/pg" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# PostgreSQL: its own folder, port and socket; durable (fsync on), as production would be.
PGPORT=$(free_port)
mkdir -p "$DIR/pg" "$DIR/socket" "$DIR/pglog"
[[ $(id -u) == 0 ]] && chown postgres "$DIR/pg" "$DIR/socket" "$DIR/pglog"
as_postgres "$PGBIN/initdb" -D "$DIR/pg" -U comptoir --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
as_postgres "$PGBIN/pg_ctl" -D "$DIR/pg" -l "$DIR/pglog/postgres.log" -w start \
    -o "-p $PGPORT -k $DIR/socket -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
as_postgres "$PGBIN/createdb" -h "$DIR/socket" -p "$PGPORT" -U comptoir comptoir
DATABASE="postgresql://comptoir@127.0.0.1:$PGPORT/comptoir"

# The instances: one data folder (the fiscal key every instance signs with, the demo's
# credentials), each its own HTTP and live ports; the first seeds the demo.
mkdir -p "$DIR/data"
HTTP_UPSTREAMS=""
LIVE_UPSTREAMS=""
for i in $(seq 1 "$INSTANCES"); do
    HTTP=$(free_port)
    WS=$(free_port)
    DEMO=()
    [[ $i == 1 ]] && DEMO=(--demo)
    "$BUILD/server/comptoir-server" "${DEMO[@]}" --database "$DATABASE" --data-dir "$DIR/data" \
        --port "$HTTP" --ws-port "$WS" --threads 16 --public-ws-url "ws://127.0.0.1:$PORT/live" \
        --trusted-proxies 127.0.0.1 "$@" 2>"$DIR/server-$i.log" &
    PIDS+=($!)
    for _ in $(seq 1 300); do
        curl -sf -o /dev/null "http://127.0.0.1:$HTTP/readyz" && break
        kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$DIR/server-$i.log" >&2; exit 1; }
        sleep 0.1
    done
    HTTP_UPSTREAMS+="        server 127.0.0.1:$HTTP max_fails=2 fail_timeout=5s;"$'\n'
    LIVE_UPSTREAMS+="        server 127.0.0.1:$WS max_fails=2 fail_timeout=5s;"$'\n'
    echo "cluster: instance $i on http://127.0.0.1:$HTTP (live $WS), log $DIR/server-$i.log" >&2
done

# nginx: the shipped configuration's upstreams and server block, with these ports.
mkdir -p "$DIR/nginx/tmp"
HTTP_UPSTREAMS=$HTTP_UPSTREAMS LIVE_UPSTREAMS=$LIVE_UPSTREAMS \
    python3 - "$ROOT/installers/nginx/comptoir.conf" "$DIR/nginx/site.conf" "$PORT" <<'PY'
import os, re, sys
conf = open(sys.argv[1]).read()
http = 'upstream comptoir_http {\n' + os.environ['HTTP_UPSTREAMS'] + '    keepalive 64;\n}'
live = 'upstream comptoir_live {\n' + os.environ['LIVE_UPSTREAMS'] + '}'
conf = re.sub(r'upstream comptoir_http \{.*?\n\}', lambda m: http, conf, flags=re.S)
conf = re.sub(r'upstream comptoir_live \{.*?\n\}', lambda m: live, conf, flags=re.S)
conf = conf.replace('listen 80;', 'listen 127.0.0.1:%s;' % sys.argv[3])
open(sys.argv[2], 'w').write(conf)
PY
cat >"$DIR/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $DIR/nginx/nginx.pid;
error_log $DIR/nginx/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $DIR/nginx/tmp/client;
    proxy_temp_path $DIR/nginx/tmp/proxy;
    fastcgi_temp_path $DIR/nginx/tmp/fastcgi;
    uwsgi_temp_path $DIR/nginx/tmp/uwsgi;
    scgi_temp_path $DIR/nginx/tmp/scgi;
    include $DIR/nginx/site.conf;
}
NGINX
nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx" &
PIDS+=($!)
for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break
    sleep 0.1
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" || { cat "$DIR/nginx/error.log" >&2; exit 1; }

echo "cluster: http://127.0.0.1:$PORT ($INSTANCES instances behind nginx, PostgreSQL $DATABASE)"
echo "cluster: try  build/app/comptoir --mode shop --server http://127.0.0.1:$PORT   (Ctrl-C stops everything)"
wait "${PIDS[0]}"
