#!/usr/bin/env bash
# Several phonefleetd on one PostgreSQL (issue 24, item 3), against the same run's peers:
#  1. keep-alives durably committed per second on PostgreSQL (fsync on): one node, and two nodes
#     behind Debian's nginx (round robin, --trusted-proxy), wrk with 64 connections and
#     bench/phoneserver.sh's keep-alive script; nginx in front of one node as the proxy's own cost;
#  2. the multinode_failover test's scenario at full size: PHONEFLEET_BENCH_PHONES phones (10 000)
#     booting through nginx onto three nodes, the node working a message job to every phone killed
#     with SIGKILL in the middle; every check of the CI form applies (tests/integration/tst_multinode.cpp).
# Usage: multinode.sh BIN-DIR. Environment: PHONEFLEET_BENCH_PHONES, PHONEFLEET_BENCH_SECONDS (10),
# PHONEFLEET_BENCH_WORK (/var/tmp).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/table.bash"
BIN=$(cd "$1" && pwd)
PHONES=${PHONEFLEET_BENCH_PHONES:-10000}
SECONDS_EACH=${PHONEFLEET_BENCH_SECONDS:-10}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "multinode.sh: $tool is needed (scripts/setup-deps --bench)" >&2; exit 1; }
done
PGBIN=${PHONEFLEET_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PGBIN/initdb" ] || { echo "multinode.sh: PostgreSQL's initdb is needed (scripts/setup-deps)" >&2; exit 1; }
WORK=$(mktemp -d "${PHONEFLEET_BENCH_WORK:-/var/tmp}/pf-bench-multinode.XXXXXX")
chmod 755 "$WORK"
PIDS=()
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -f "$WORK/pg/data/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A cluster as an installation would run it: fsync on, defaults otherwise.
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
PGPORT=$(free_port)
as_pg "$PGBIN/initdb" -D "$WORK/pg/data" -A trust -U postgres -E UTF8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1" \
  -l "$WORK/pg/server.log" -w start >/dev/null
as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc 'CREATE DATABASE fleet' >/dev/null
DB="postgresql://postgres@127.0.0.1:$PGPORT/fleet"
"$BIN/benchfleet_setup" "$DB" "$PHONES" "$WORK/files" "$WORK" >/dev/null

NODES=()
start_node() { # name
  local out="$WORK/$1.out"
  PHONEFLEET_ADMIN_PASSWORD=bench-password-not-secret "$BIN/phonefleetd" --database "$DB" \
    --data-dir "$WORK/$1" --bind 127.0.0.1 --http-port 0 --no-https --admin-user bench \
    --trusted-proxy 127.0.0.1 >"$out" 2>"$WORK/$1.err" &
  PIDS+=("$!")
  NODES+=("$!")
  for _ in $(seq 150); do
    NODE_PORT=$(sed -n 's/^http: .*:\([0-9]*\)$/\1/p' "$out")
    [ -n "$NODE_PORT" ] && return 0
    sleep 0.1
  done
  echo "multinode.sh: phonefleetd did not start:" >&2; cat "$WORK/$1.err" >&2; exit 1
}
stop_nodes() { for p in "${NODES[@]}"; do kill -TERM "$p"; wait "$p" || true; done; NODES=(); }

NGINX_PID=""
start_nginx() { # ports...
  local upstream="" p
  for p in "$@"; do upstream+="server 127.0.0.1:$p;"; done
  mkdir -p "$WORK/nginx/tmp"
  NGINX_PORT=$(free_port)
  cat >"$WORK/nginx/nginx.conf" <<CONF
$([ "$(id -u)" = 0 ] && echo 'user root;')
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  upstream phonefleet { $upstream keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://phonefleet;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
CONF
  "$(command -v nginx || echo /usr/sbin/nginx)" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" -g 'daemon off;' &
  NGINX_PID=$!
  PIDS+=("$NGINX_PID")
  sleep 0.5
}
stop_nginx() { kill -TERM "$NGINX_PID"; wait "$NGINX_PID" || true; }

measure() { # url: "requests/s non-2xx"
  local out
  out=$(wrk -t2 -c64 -d"${SECONDS_EACH}s" -s "$WORK/keepalive.lua" "$1")
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '/Non-2xx/ {print $5}' | grep . || echo 0)"
}

echo "phones: $PHONES, $SECONDS_EACH s each, wrk -t2 -c64, PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') (fsync on) in $WORK"
start_node a; A=$NODE_PORT
read -r one one_err <<<"$(measure "http://127.0.0.1:$A")"
start_nginx "$A"
read -r proxied proxied_err <<<"$(measure "http://127.0.0.1:$NGINX_PORT")"
stop_nginx
start_node b; B=$NODE_PORT
start_nginx "$A" "$B"
read -r two two_err <<<"$(measure "http://127.0.0.1:$NGINX_PORT")"
stop_nginx
stop_nodes
printf 'keep-alives committed/s on PostgreSQL: one node %s (%s failed), one node behind nginx %s (%s failed), two nodes behind nginx %s (%s failed)\n' \
  "$one" "$one_err" "$proxied" "$proxied_err" "$two" "$two_err"
bench_row "keep-alives committed/s, PostgreSQL, one node ($one_err failed)" "$(printf '%.0f/s' "$one")" - - -
bench_row "keep-alives committed/s, PostgreSQL, two nodes behind nginx ($two_err failed)" "$(printf '%.0f/s' "$two")" \
  "$(printf '%.0f/s one node behind nginx' "$proxied")" "$(printf '%.2fx' "$(echo "$two / $proxied" | bc -l)")" \
  "scales with nodes (2 cores here: PostgreSQL, nginx, wrk and both nodes share them)"

# The failover scenario at full size.
if [ ! -x "$BIN/multinode_failover" ]; then
  echo "multinode.sh: $BIN/multinode_failover is not built" >&2; exit 1
fi
started=$(date +%s.%N)
if PHONEFLEET_MULTINODE_PHONES=$PHONES PHONEFLEET_REQUIRE_POSTGRES=1 PHONEFLEET_BINARY_DIR="$BIN" QTEST_FUNCTION_TIMEOUT=3600000 \
     "$BIN/multinode_failover" >"$WORK/failover.out" 2>&1; then
  verdict="passed"
else
  verdict="FAILED"
fi
grep -E 'QINFO|FAIL|Loc:|Totals' "$WORK/failover.out" | sed 's/^QINFO  : TestMultiNode::killedNodeLosesNothing() //'
took=$(echo "$(date +%s.%N) - $started" | bc -l)
after=$(sed -n 's/.*the job was done \([0-9.]*\) s after the kill.*/\1/p' "$WORK/failover.out")
interrupted=$(sed -n 's/.*, \([0-9]*\) interrupted by the kill.*/\1/p' "$WORK/failover.out")
storm=$(sed -n 's/.*all \([0-9]*\) phones registered \([0-9.]*\) s after.*/\2/p' "$WORK/failover.out")
bench_row "failover, $PHONES phones on 3 nodes, one killed mid-job and mid-storm: $verdict" \
  "job done ${after:-?} s after the kill; all registered ${storm:-?} s after the storm began" - \
  "${interrupted:-?} interrupted, 0 twice" "nothing lost, nothing twice"
echo "failover scenario: $verdict in $(printf '%.0f' "$took") s"
[ "$verdict" = passed ]
