#!/usr/bin/env bash
# phonefleetd under load, against a peer measured in the same run:
#  1. keep-alives durably committed per second: group commit (the default) vs one commit per
#     request (--max-commit-batch 1);
#  2. per-device cfg files with HTTP Basic authentication vs nginx serving the same files
#     statically without any: requests/s and p99 latency.
# wrk on loopback, 64 connections. Usage: phoneserver.sh BIN-DIR
# Environment: PHONEFLEET_BENCH_PHONES (10000), PHONEFLEET_BENCH_SECONDS (10),
# PHONEFLEET_BENCH_WORK (a folder on the disk to measure; default under /var/tmp).
set -euo pipefail
BIN=$(cd "$1" && pwd)
PHONES=${PHONEFLEET_BENCH_PHONES:-10000}
SECONDS_EACH=${PHONEFLEET_BENCH_SECONDS:-10}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "phoneserver.sh: $tool is needed (scripts/setup-deps --bench)" >&2; exit 1; }
done
WORK=$(mktemp -d "${PHONEFLEET_BENCH_WORK:-/var/tmp}/pf-bench.XXXXXX")
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN/benchfleet_setup" "sqlite:$WORK/pf.db" "$PHONES" "$WORK/files" "$WORK" >/dev/null
chmod -R a+rX "$WORK/files"

start_server() { # extra options...
  PHONEFLEET_ADMIN_PASSWORD=bench-password-not-secret "$BIN/phonefleetd" --database "sqlite:$WORK/pf.db" \
    --data-dir "$WORK/data" --bind 127.0.0.1 --http-port 0 --no-https --admin-user bench "$@" >"$WORK/pfd.out" 2>"$WORK/pfd.err" &
  SERVER=$!
  PIDS+=("$SERVER")
  for _ in $(seq 100); do
    PORT=$(sed -n 's/^http: .*:\([0-9]*\)$/\1/p' "$WORK/pfd.out")
    [ -n "$PORT" ] && return 0
    sleep 0.1
  done
  echo "phoneserver.sh: phonefleetd did not start:" >&2; cat "$WORK/pfd.err" >&2; exit 1
}
stop_server() { kill -TERM "$SERVER"; wait "$SERVER" || true; }

# Runs wrk; prints "requests/s p99-ms non-2xx".
measure() { # script url
  local out
  out=$(wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency -s "$1" "$2")
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "$rps $p99 ${errors:-0}"
}

echo "phones: $PHONES, $SECONDS_EACH s per run, wrk -t2 -c64, database and files in $WORK"

start_server
read -r grouped grouped_p99 grouped_errors < <(measure "$WORK/keepalive.lua" "http://127.0.0.1:$PORT")
stop_server
start_server --max-commit-batch 1
read -r single single_p99 single_errors < <(measure "$WORK/keepalive.lua" "http://127.0.0.1:$PORT")
stop_server
printf 'keep-alives committed/s: group commit %s (p99 %s ms, %s failed), one commit per request %s (p99 %s ms, %s failed), ratio %.2f\n' \
  "$grouped" "$grouped_p99" "$grouped_errors" "$single" "$single_p99" "$single_errors" "$(echo "$grouped / $single" | bc -l)"

cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx.err;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/plain cfg; }
  server { listen 127.0.0.1:0; root $WORK/files; }
}
CONF
NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sed -i "s/listen 127.0.0.1:0;/listen 127.0.0.1:$NGINX_PORT;/" "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK" &
PIDS+=($!)
sleep 0.5
start_server
read -r ours ours_p99 ours_errors < <(measure "$WORK/files.lua" "http://127.0.0.1:$PORT")
read -r peer peer_p99 peer_errors < <(measure "$WORK/static.lua" "http://127.0.0.1:$NGINX_PORT")
stop_server
printf 'cfg files/s: phonefleetd with Basic auth %s (p99 %s ms, %s failed), nginx static %s (p99 %s ms, %s failed), ratio %.2f\n' \
  "$ours" "$ours_p99" "$ours_errors" "$peer" "$peer_p99" "$peer_errors" "$(echo "$ours / $peer" | bc -l)"
