# Sourced by the benchmark and screenshot scripts: a comptoir-server on free ports, waited for
# until it is ready. Needs SERVER_BIN and RUN_DIR (its output goes there) and a PIDS array (the
# caller's cleanup kills what is in it).
# start_server NAME DATA [FLAGS…]: sets SERVER_PID, PORT, WS_PORT.
start_server() {
    local name=$1 data=$2
    shift 2
    "$SERVER_BIN" --data-dir "$data" --listen 127.0.0.1 --port 0 --ws-port 0 --log-level warn "$@" \
        >"$RUN_DIR/$name.out" 2>"$RUN_DIR/$name.err" &
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
    PORT=
    for _ in $(seq 1 300); do
        PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$RUN_DIR/$name.out")
        [[ -n $PORT ]] && curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break
        sleep 0.1
    done
    [[ -n $PORT ]] || { cat "$RUN_DIR/$name.err" >&2; exit 1; }
    WS_PORT=$(curl -s "http://127.0.0.1:$PORT/api/v1/info" | sed -n 's|.*"ws_url":"ws://[^:]*:\([0-9]*\)/".*|\1|p')
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; }
