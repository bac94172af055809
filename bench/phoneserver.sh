#!/usr/bin/env bash
# phonefleetd under load, against a peer measured in the same run:
#  1. keep-alives durably committed per second: group commit (the default) vs one commit per
#     request (--max-commit-batch 1);
#  2. per-device cfg files with HTTP Basic authentication vs nginx serving the same files
#     statically without any: requests/s and p99 latency.
# wrk on loopback, 64 connections. Usage: phoneserver.sh BIN-DIR
# Each pair runs ROUNDS times, alternating, and the best run of each side is reported (this VM is
# noisy). Files are fetched once through both servers before measuring (warm caches on both).
# Environment: PHONEFLEET_BENCH_PHONES (10000), PHONEFLEET_BENCH_SECONDS (10), PHONEFLEET_BENCH_ROUNDS (3),
# PHONEFLEET_BENCH_WORK (a folder on the disk to measure; default under /var/tmp).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/table.bash"
BIN=$(cd "$1" && pwd)
PHONES=${PHONEFLEET_BENCH_PHONES:-10000}
SECONDS_EACH=${PHONEFLEET_BENCH_SECONDS:-10}
ROUNDS=${PHONEFLEET_BENCH_ROUNDS:-3}
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

# Keeps the better of two "rps p99 errors" lines (higher requests/s).
best() { # current candidate
  if [ -z "$1" ]; then echo "$2"; return; fi
  if [ "$(echo "${2%% *} > ${1%% *}" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi
}

echo "phones: $PHONES, best of $ROUNDS runs of $SECONDS_EACH s each, wrk -t2 -c64, database and files in $WORK"

# The WAL file's size every 0.2 s while a measurement runs, and 5 s after it: prints
# "peak-MB idle-MB".
wal_during() { # script url
  local samples="$WORK/wal.samples" sampler result
  : > "$samples"
  (while :; do stat -c %s "$WORK/pf.db-wal" 2>/dev/null || echo 0; sleep 0.2; done >> "$samples") &
  sampler=$!
  result=$(measure "$1" "$2")
  sleep 5
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  local idle peak
  idle=$(stat -c %s "$WORK/pf.db-wal" 2>/dev/null || echo 0)
  peak=$(sort -n "$samples" | tail -1)
  echo "$result $(echo "${peak:-0} / 1048576" | bc -l | xargs printf '%.1f') $(echo "$idle / 1048576" | bc -l | xargs printf '%.1f')"
}

# Group commit with the WAL kept under 64 MB (the default), the same with the limit out of reach
# (--wal-limit 1000000: PASSIVE checkpoints only under load, as before issue 20), and one commit
# per request.
grouped=""; unbounded=""; single=""
for _ in $(seq "$ROUNDS"); do
  start_server
  grouped=$(best "$grouped" "$(wal_during "$WORK/keepalive.lua" "http://127.0.0.1:$PORT")")
  stop_server
  start_server --wal-limit 1000000
  unbounded=$(best "$unbounded" "$(wal_during "$WORK/keepalive.lua" "http://127.0.0.1:$PORT")")
  stop_server
  start_server --max-commit-batch 1
  single=$(best "$single" "$(measure "$WORK/keepalive.lua" "http://127.0.0.1:$PORT")")
  stop_server
done
read -r g g99 gerr gwal gidle <<<"$grouped"
read -r u u99 uerr uwal uidle <<<"$unbounded"
read -r s s99 serr <<<"$single"
printf 'keep-alives committed/s: group commit %s (p99 %s ms, %s failed), one commit per request %s (p99 %s ms, %s failed), ratio %.2f\n' \
  "$g" "$g99" "$gerr" "$s" "$s99" "$serr" "$(echo "$g / $s" | bc -l)"
bench_row "keep-alives committed/s, SQLite, one node ($gerr failed)" "$(printf '%.0f/s' "$g")" \
  "$(printf '%.0f/s one commit per request' "$s")" "$(printf '%.2fx' "$(echo "$g / $s" | bc -l)")" -
printf 'WAL kept under 64 MB: %s keep-alives/s, WAL peak %s MB, %s MB after 5 s idle; unbounded (--wal-limit 1000000): %s/s, peak %s MB, %s MB after 5 s idle; commits/s ratio kept/unbounded %.2f\n' \
  "$g" "$gwal" "$gidle" "$u" "$uwal" "$uidle" "$(echo "$g / $u" | bc -l)"

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
SECONDS_SAVED=$SECONDS_EACH; SECONDS_EACH=3
measure "$WORK/files.lua" "http://127.0.0.1:$PORT" >/dev/null
measure "$WORK/static.lua" "http://127.0.0.1:$NGINX_PORT" >/dev/null
SECONDS_EACH=$SECONDS_SAVED
ours=""; peer=""
for _ in $(seq "$ROUNDS"); do
  ours=$(best "$ours" "$(measure "$WORK/files.lua" "http://127.0.0.1:$PORT")")
  peer=$(best "$peer" "$(measure "$WORK/static.lua" "http://127.0.0.1:$NGINX_PORT")")
done
stop_server
read -r o o99 oerr <<<"$ours"
read -r p p99 perr <<<"$peer"
printf 'cfg files/s: phonefleetd with Basic auth %s (p99 %s ms, %s failed), nginx static %s (p99 %s ms, %s failed), ratio %.2f\n' \
  "$o" "$o99" "$oerr" "$p" "$p99" "$perr" "$(echo "$o / $p" | bc -l)"
bench_row "cfg files/s with per-phone authentication ($oerr failed)" "$(printf '%.0f/s' "$o")" \
  "$(printf '%.0f/s nginx static' "$p")" "$(printf '%.2fx' "$(echo "$o / $p" | bc -l)")" ">= 1x nginx"
