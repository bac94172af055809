#!/usr/bin/env bash
# Fleet-wide actions on PHONES simulated phones (10 000), all registered, against one phonefleetd
# on SQLite, with the pacing a job gets when it gives none (ActionPacing): how long send-message,
# check-status and update-config take to reach every phone (goal: under 60 s each), and what a
# restart of the whole fleet costs — its pushes measured with the pauses between batches taken
# out, plus those pauses as the default pacing has them (batches of 100, a minute apart).
# Usage: bulkactions.sh BIN-DIR. Environment: PHONEFLEET_BENCH_PHONES (10000), PHONEFLEET_BENCH_WORK.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/fleet.bash"
fleet_begin "$1" bulk

fleet_start_server "$BIN" "$WORK"
fleet_import_and_generate "$BIN" "$WORK" "$PHONES"
fleet_start_sim "$BIN" "$WORK" "$PHONES" --jitter 0
fleet_wait_registered "$WORK" "$SIM"

counts() { api GET "jobs/$1" | python3 -c '
import json, sys
c = json.load(sys.stdin)["counts"]
print(", ".join(f"{k} {v}" for k, v in sorted(c.items()) if v))'; }

for body in \
  '{"action":"send-message","options":{"text":"Bench: fleet-wide message"},"filter":{"region":"Storm"}}' \
  '{"action":"check-status","filter":{"region":"Storm"}}' \
  '{"action":"update-config","filter":{"region":"Storm"}}'; do
  name=$(echo "$body" | json_field '["action"]')
  read -r seconds job < <(fleet_run_job "$body")
  pacing=$(api GET "jobs/$job" | json_field '["pacing"]')
  printf '%s to %d phones: %.1f s (%.0f phones/s; default pacing %s; %s)\n' "$name" "$PHONES" "$seconds" \
    "$(echo "$PHONES / $seconds" | bc -l)" "$pacing" "$(counts "$job")"
  bench_row "bulk $name to $PHONES phones" "$(printf '%.1f s' "$seconds")" - \
    "$(printf '%.0f phones/s' "$(echo "$PHONES / $seconds" | bc -l)")" -
done

# A restart: the pushes of every batch measured, the pauses between batches as the default has them.
read -r seconds job < <(fleet_run_job '{"action":"reset","options":{"mode":"graceful"},"filter":{"region":"Storm"},"pacing":{"batchPauseMs":0}}')
pacing=$(api GET "jobs/$job" | json_field '["pacing"]')
batches=$(( (PHONES + 99) / 100 ))
printf 'reset of %d phones: pushes %.1f s in %d batches of 100 (%s); with the default minute between batches: %.0f min\n' \
  "$PHONES" "$seconds" "$batches" "$(counts "$job")" "$(echo "($seconds + ($batches - 1) * 60) / 60" | bc -l)"
echo "peak memory: phonefleetd $(( $(peak_kb "$SERVER") / 1024 )) MB, phonefleet-sim $(( $(peak_kb "$SIM") / 1024 )) MB"
