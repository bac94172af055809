# Shared by the fleet benchmarks (sourced, not run: scripts/bench runs bench/*.sh only).
# fleet_begin BIN-DIR NAME: BIN, PHONES (PHONEFLEET_BENCH_PHONES, 10 000), a WORK folder under
#   PHONEFLEET_BENCH_WORK (/var/tmp) removed on exit with every process in PIDS killed.
# fleet_start_server BIN WORK: one phonefleetd on SQLite in WORK, a region "Storm" for 127.0.0.0/8,
#   pushes to SIM_PORT; sets PORT, SIM_PORT, SERVER, TOKEN and api().
# fleet_import_and_generate BIN WORK PHONES: the simulator's phones as users with one phone each,
#   imported from CSV, their files generated; prints the setup times.
# fleet_start_sim BIN WORK PHONES [sim options...]: phonefleet-sim against the server; sets SIM.
# fleet_wait_registered WORK SIM: until the simulator says every phone registered (10 minutes at most).
# Processes started are in PIDS; the caller's EXIT trap kills them.
source "$(dirname "${BASH_SOURCE[0]}")/table.bash"

fleet_begin() {
  BIN=$(cd "$1" && pwd)
  PHONES=${PHONEFLEET_BENCH_PHONES:-10000}
  WORK=$(mktemp -d "${PHONEFLEET_BENCH_WORK:-/var/tmp}/pf-bench-$2.XXXXXX")
  PIDS=()
  trap fleet_cleanup EXIT
}

fleet_cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}

peak_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }
json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

fleet_start_server() {
  local bin=$1 work=$2
  PORT=$(free_port)
  SIM_PORT=$(free_port)
  PHONEFLEET_ADMIN_PASSWORD=bench-password-not-secret "$bin/phonefleetd" --database "sqlite:$work/pf.db" \
    --data-dir "$work/data" --bind 127.0.0.1 --http-port "$PORT" --no-https --admin-user bench \
    >"$work/pfd.out" 2>"$work/pfd.err" &
  SERVER=$!
  PIDS+=("$SERVER")
  for _ in $(seq 100); do grep -q '^http: ' "$work/pfd.out" && break; sleep 0.1; done
  TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/login" \
    -d '{"username":"bench","password":"bench-password-not-secret"}' | json_field '["token"]')
  api POST regions -d '{"name":"Storm","provisioningSubnets":"127.0.0.0/8"}' >/dev/null
  local rev
  rev=$(api GET settings | json_field '["revision"]')
  api PUT settings -d "{\"settings\":{\"phone_push_port\":\"$SIM_PORT\"},\"revision\":$rev}" >/dev/null
}

api() { # method path [curl options...]
  local method=$1 path=$2
  shift 2
  curl -sf -X "$method" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/$path" "$@"
}

# Starts a job (its JSON body) and waits until it is done; prints the seconds it took and the job's id.
fleet_run_job() {
  local body=$1 job start
  start=$(date +%s.%N)
  job=$(api POST actions -d "$body" | json_field '["id"]')
  local state deadline=$((SECONDS + 1800))
  while true; do
    state=$(api GET "jobs/$job" | json_field '["state"]') || { echo "job $job: the server does not answer" >&2; return 1; }
    [ "$state" = done ] && break
    if [ "$state" = cancelled ] || [ $SECONDS -gt $deadline ]; then echo "job $job: $state after $((SECONDS - deadline + 1800)) s" >&2; return 1; fi
    sleep 0.2
  done
  echo "$(echo "$(date +%s.%N) - $start" | bc -l) $job"
}

fleet_import_and_generate() {
  local bin=$1 work=$2 phones=$3 start imported
  "$bin/phonefleet-sim" --print-plan --phones "$phones" | python3 -c '
import sys
print("Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,Device 1 IP Phone Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,Device 1 VLAN Priority")
for i, line in enumerate(sys.stdin):
    print(f"user{i:06d},sip-{i},User {i},Storm,Desk {i},{line.split()[0]},Audiocodes_430HD,English,,0,0")
' >"$work/users.csv"
  start=$(date +%s.%N)
  api POST import/users -H 'Content-Type: text/csv' --data-binary "@$work/users.csv" >/dev/null
  imported=$(date +%s.%N)
  local generated job
  read -r generated job < <(fleet_run_job '{"action":"generate","filter":{"region":"Storm"},"pacing":{"concurrency":200}}')
  printf 'setup: %d users and phones imported in %.1f s, their files generated in %.1f s\n' "$phones" \
    "$(echo "$imported - $start" | bc -l)" "$generated"
}

fleet_start_sim() {
  local bin=$1 work=$2 phones=$3
  shift 3
  "$bin/phonefleet-sim" --server "http://127.0.0.1:$PORT" --phones "$phones" --region Storm \
    --listen-port "$SIM_PORT" --stats "$@" >"$work/sim.out" 2>&1 &
  SIM=$!
  PIDS+=("$SIM")
}

fleet_wait_registered() {
  local work=$1 sim=$2 deadline=$((SECONDS + 600))
  until grep -q 'phones registered after' "$work/sim.out"; do
    if [ $SECONDS -gt $deadline ]; then echo "not all phones registered within 10 minutes:" >&2; tail -3 "$work/sim.out" >&2; return 1; fi
    if ! kill -0 "$sim" 2>/dev/null; then echo "the simulator stopped:" >&2; tail -3 "$work/sim.out" >&2; return 1; fi
    sleep 0.5
  done
}
