#!/usr/bin/env bash
# A boot storm: PHONES phones (10 000) all starting at once, no jitter, against one phonefleetd
# on SQLite — a Monday morning after a power cut. The phones are known (imported from CSV) and
# their files generated beforehand, as in production. Reports the time until every phone is
# registered, whether any answer was a 5xx other than 503 with Retry-After or never came (a hung
# connection), and the peak memory of the server and of the simulator.
# Usage: bootstorm.sh BIN-DIR. Environment: PHONEFLEET_BENCH_PHONES (10000), PHONEFLEET_BENCH_WORK.
set -euo pipefail
BIN=$(cd "$1" && pwd)
PHONES=${PHONEFLEET_BENCH_PHONES:-10000}
WORK=$(mktemp -d "${PHONEFLEET_BENCH_WORK:-/var/tmp}/pf-bench-storm.XXXXXX")
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
peak_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }

PORT=$(free_port)
SIM_PORT=$(free_port)
PHONEFLEET_ADMIN_PASSWORD=bench-password-not-secret "$BIN/phonefleetd" --database "sqlite:$WORK/pf.db" \
  --data-dir "$WORK/data" --bind 127.0.0.1 --http-port "$PORT" --no-https --admin-user bench >"$WORK/pfd.out" 2>"$WORK/pfd.err" &
SERVER=$!
PIDS+=("$SERVER")
for _ in $(seq 100); do grep -q '^http: ' "$WORK/pfd.out" && break; sleep 0.1; done
api() { # method path [curl options...]
  local method=$1 path=$2; shift 2
  curl -sf -X "$method" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/$path" "$@"
}
TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/login" -d '{"username":"bench","password":"bench-password-not-secret"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
api POST regions -d '{"name":"Storm","provisioningSubnets":"127.0.0.0/8"}' >/dev/null
REV=$(api GET settings | python3 -c 'import json,sys; print(json.load(sys.stdin)["revision"])')
api PUT settings -d "{\"settings\":{\"phone_push_port\":\"$SIM_PORT\"},\"revision\":$REV}" >/dev/null

"$BIN/phonefleet-sim" --print-plan --phones "$PHONES" | python3 -c '
import sys
print("Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,Device 1 IP Phone Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,Device 1 VLAN Priority")
for i, line in enumerate(sys.stdin):
    print(f"user{i:06d},sip-{i},User {i},Storm,Desk {i},{line.split()[0]},Audiocodes_430HD,English,,0,0")
' >"$WORK/users.csv"
start=$(date +%s.%N)
api POST import/users -H 'Content-Type: text/csv' --data-binary "@$WORK/users.csv" >/dev/null
imported=$(date +%s.%N)
JOB=$(api POST actions -d '{"action":"generate","filter":{"region":"Storm"},"pacing":{"concurrency":200}}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
until [ "$(api GET "jobs/$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')" = done ]; do sleep 0.5; done
generated=$(date +%s.%N)
printf 'setup: %d users and phones imported in %.1f s, their files generated in %.1f s\n' "$PHONES" \
  "$(echo "$imported - $start" | bc -l)" "$(echo "$generated - $imported" | bc -l)"
BEFORE=$(peak_kb "$SERVER")

"$BIN/phonefleet-sim" --server "http://127.0.0.1:$PORT" --phones "$PHONES" --region Storm --jitter 0 \
  --listen-port "$SIM_PORT" --stats >"$WORK/sim.out" 2>&1 &
SIM=$!
PIDS+=("$SIM")
deadline=$((SECONDS + 600))
until grep -q 'phones registered after' "$WORK/sim.out"; do
  if [ $SECONDS -gt $deadline ]; then echo "bootstorm.sh: not all phones registered within 10 minutes:" >&2; tail -3 "$WORK/sim.out" >&2; exit 1; fi
  if ! kill -0 "$SIM" 2>/dev/null; then echo "bootstorm.sh: the simulator stopped:" >&2; tail -3 "$WORK/sim.out" >&2; exit 1; fi
  sleep 0.5
done
sleep 2 # one more stats line
SERVER_PEAK=$(peak_kb "$SERVER")
SIM_PEAK=$(peak_kb "$SIM")
kill -TERM "$SIM"; wait "$SIM" || true
registered=$(grep -o 'after [0-9.]* s' "$WORK/sim.out" | head -1)
last=$(grep '^t=' "$WORK/sim.out" | tail -1)
echo "boot storm: all $PHONES phones registered $registered (from the simulator's start, no jitter)"
echo "last stats: $last"
errors=$(echo "$last" | sed -n 's/.*no answer \([0-9]*\), 5xx \([0-9]*\), 503 retried \([0-9]*\).*/\1 \2 \3/p')
read -r hung fivexx retried <<<"$errors"
echo "answers: $fivexx 5xx other than 503 with Retry-After, $hung without an answer (hung or refused), $retried retried after 503"
printf 'peak memory: phonefleetd %.0f MB (%.0f MB before the storm), phonefleet-sim %.0f MB for %d phones\n' \
  "$(echo "$SERVER_PEAK / 1024" | bc -l)" "$(echo "$BEFORE / 1024" | bc -l)" "$(echo "$SIM_PEAK / 1024" | bc -l)" "$PHONES"
