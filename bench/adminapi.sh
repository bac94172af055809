#!/usr/bin/env bash
# The admin API's users+devices import against its target (10 000 lines in under 2 s), on SQLite
# and on a throwaway PostgreSQL cluster: a fresh import (users and devices added), the same file
# again (nothing to change), the file with every user's and phone's display name changed (every
# row updated), the export, and a page of 10 000 devices. Best of ROUNDS runs, each on a
# new database, timed by curl (request sent to last byte received). Usage: adminapi.sh BIN-DIR
# Environment: PHONEFLEET_BENCH_USERS (10000), PHONEFLEET_BENCH_ROUNDS (3), PHONEFLEET_BENCH_WORK.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/table.bash"
BIN=$(cd "$1" && pwd)
USERS=${PHONEFLEET_BENCH_USERS:-10000}
ROUNDS=${PHONEFLEET_BENCH_ROUNDS:-3}
WORK=$(mktemp -d "${PHONEFLEET_BENCH_WORK:-/var/tmp}/pf-bench-api.XXXXXX")
chmod 755 "$WORK"
PIDS=()
PGDATA_DIR=""
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$PGDATA_DIR" ]; then as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

python3 - "$USERS" >"$WORK/users.csv" <<'PY'
import sys
n = int(sys.argv[1])
print("Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,Device 1 IP Phone Model,"
      "Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,Device 1 VLAN Priority")
for i in range(1, n + 1):
    print(f"user{i:06d},pw-{i},User {i},R{i % 10},Desk {i},00908F{i:06X},Audiocodes_430HD,English,,0,0")
PY
sed -e '2,$ s/,User \([0-9]*\),/,User \1 (moved),/' -e '2,$ s/,Desk \([0-9]*\),/,Desk \1 (moved),/' \
  "$WORK/users.csv" >"$WORK/changed.csv"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_server() { # database-url
  PHONEFLEET_ADMIN_PASSWORD=bench-password-not-secret "$BIN/phonefleetd" --database "$1" \
    --data-dir "$WORK/data" --bind 127.0.0.1 --http-port 0 --no-https --admin-user bench >"$WORK/pfd.out" 2>"$WORK/pfd.err" &
  SERVER=$!
  PIDS+=("$SERVER")
  PORT=""
  for _ in $(seq 200); do
    PORT=$(sed -n 's/^http: .*:\([0-9]*\)$/\1/p' "$WORK/pfd.out")
    [ -n "$PORT" ] && break
    sleep 0.1
  done
  [ -n "$PORT" ] || { echo "adminapi.sh: phonefleetd did not start:" >&2; cat "$WORK/pfd.err" >&2; exit 1; }
  TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/login" \
    -d '{"username":"bench","password":"bench-password-not-secret"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
}
stop_server() { kill -TERM "$SERVER"; wait "$SERVER" || true; }

timed() { # method path [curl options...]: prints seconds; fails on a non-2xx answer
  local method=$1 path=$2; shift 2
  local out
  out=$(curl -s -o "$WORK/answer" -w '%{http_code} %{time_total}' -X "$method" -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$PORT/api/v1/$path" "$@")
  case "${out%% *}" in 2*) ;; *) echo "adminapi.sh: $method $path answered ${out%% *}: $(head -c 300 "$WORK/answer")" >&2; exit 1 ;; esac
  echo "${out#* }"
}

min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi; }

run_backend() { # name url-maker
  local name=$1 make_url=$2 fresh="" again="" changed="" exported="" listed=""
  for round in $(seq "$ROUNDS"); do
    start_server "$($make_url "$round")"
    fresh=$(min "$fresh" "$(timed POST 'import/users?createRegions=true' -H 'Content-Type: text/csv' --data-binary "@$WORK/users.csv")")
    grep -q "\"imported\":$USERS" "$WORK/answer" || { echo "adminapi.sh: import did not import $USERS users" >&2; exit 1; }
    again=$(min "$again" "$(timed POST 'import/users' -H 'Content-Type: text/csv' --data-binary "@$WORK/users.csv")")
    changed=$(min "$changed" "$(timed POST 'import/users' -H 'Content-Type: text/csv' --data-binary "@$WORK/changed.csv")")
    exported=$(min "$exported" "$(timed GET 'export/users')")
    listed=$(min "$listed" "$(timed GET 'devices?limit=10000')")
    stop_server
  done
  printf '%s: import %d lines %.2f s (target < 2 s); again, unchanged %.2f s; every row changed %.2f s; export %.2f s; 10000 devices listed %.2f s\n' \
    "$name" "$USERS" "$fresh" "$again" "$changed" "$exported" "$listed"
  bench_row "import of $USERS users and phones (CSV), $name" "$(printf '%.2f s' "$fresh")" "2 s" \
    "$(printf '%.2fx' "$(echo "$fresh / 2" | bc -l)")" "< 2 s"
}

sqlite_url() { echo "sqlite:$WORK/pf$1.db"; }
run_backend SQLite sqlite_url

PGBIN=""
if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then PGBIN=$(pg_config --bindir); fi
if [ -z "$PGBIN" ]; then PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true); fi
if [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ]; then
  PGDATA_DIR="$WORK/pg"
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_postgres "$PGBIN/initdb" -D "$PGDATA_DIR" -A trust -U postgres >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -o "-p $PGPORT -k $PGDATA_DIR -c listen_addresses=127.0.0.1" -w start >/dev/null
  pg_url() {
    as_postgres "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "pf$1" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$PGPORT/pf$1"
  }
  run_backend PostgreSQL pg_url
else
  echo "PostgreSQL: skipped (no initdb found)"
fi
