#!/usr/bin/env bash
# A boot storm: PHONES phones (10 000) all starting at once, no jitter, against one phonefleetd
# on SQLite — a Monday morning after a power cut. The phones are known (imported from CSV) and
# their files generated beforehand, as in production. Reports the time until every phone is
# registered, whether any answer was a 5xx other than 503 with Retry-After or never came (a hung
# connection), and the peak memory of the server and of the simulator.
# Usage: bootstorm.sh BIN-DIR. Environment: PHONEFLEET_BENCH_PHONES (10000), PHONEFLEET_BENCH_WORK.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/fleet.bash"
fleet_begin "$1" storm

fleet_start_server "$BIN" "$WORK"
fleet_import_and_generate "$BIN" "$WORK" "$PHONES"
BEFORE=$(peak_kb "$SERVER")

fleet_start_sim "$BIN" "$WORK" "$PHONES" --jitter 0
fleet_wait_registered "$WORK" "$SIM" || { echo "bootstorm.sh: see above" >&2; exit 1; }
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
bench_row "boot storm, $PHONES phones, one node on SQLite: all registered" "${registered#after }" - \
  "$((fivexx + hung)) bad answers" "all registered; only 200 or 503 + Retry-After"
bench_row "boot storm, $PHONES phones: phonefleetd peak RSS" \
  "$(printf '%.0f MB' "$(echo "$SERVER_PEAK / 1024" | bc -l)")" - - -
