#!/usr/bin/env bash
# A boot storm: PHONES phones (10 000) all starting at once, no jitter, against one phonefleetd
# on SQLite — a Monday morning after a power cut. The phones are known (imported from CSV) and
# their files generated beforehand, as in production. Reports the time until every phone is
# registered, whether any answer was a 5xx other than 503 with Retry-After or never came (a hung
# connection), and the peak memory of the server and of the simulator. Then the phones go on
# with their keep-alives for PHONEFLEET_BENCH_STEADY_SECONDS (300) with their timers compressed
# (--time-scale) so that the window covers an hour of the phones' time, at most 2 000
# keep-alives a second (beyond, fewer phone minutes; never slower than real time): the WAL's
# size, the latency the phones see at the start and the end of that window, and the server's
# memory growth. Each simulated keep-alive opens a new connection, as the phones' do: about
# 3 000 a second is what this 2-core machine takes with the simulator on it too, so 2 000 is a
# steady load, not an overload.
# Usage: bootstorm.sh BIN-DIR. Environment: PHONEFLEET_BENCH_PHONES (10000), PHONEFLEET_BENCH_WORK,
# PHONEFLEET_BENCH_STEADY_SECONDS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/fleet.bash"
fleet_begin "$1" storm

fleet_start_server "$BIN" "$WORK"
fleet_import_and_generate "$BIN" "$WORK" "$PHONES"
BEFORE=$(peak_kb "$SERVER")

STEADY=${PHONEFLEET_BENCH_STEADY_SECONDS:-300}
# Keep-alives every 60 s of phone time: PHONES/60 × scale a second.
SCALE=$(echo "s = 3600 / $STEADY; m = 2000 * 60 / $PHONES; if (m < s) s = m; if (s < 1) s = 1; s" | bc -l)
fleet_start_sim "$BIN" "$WORK" "$PHONES" --jitter 0 --time-scale "$SCALE"
fleet_wait_registered "$WORK" "$SIM" || { echo "bootstorm.sh: see above" >&2; exit 1; }
sleep 2 # one more stats line
SERVER_PEAK=$(peak_kb "$SERVER")
SIM_PEAK=$(peak_kb "$SIM")
registered=$(grep -o 'after [0-9.]* s' "$WORK/sim.out" | head -1)
last=$(grep '^t=' "$WORK/sim.out" | tail -1)

# The steady hour: WAL size every 2 s, the stats lines of the window, memory at both ends.
steady_from=$(grep -c '^t=' "$WORK/sim.out")
rss_before=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
: >"$WORK/wal.samples"
for _ in $(seq $((STEADY / 2))); do
  stat -c %s "$WORK/pf.db-wal" 2>/dev/null >>"$WORK/wal.samples" || echo 0 >>"$WORK/wal.samples"
  sleep 2
done
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
kill -TERM "$SIM"; wait "$SIM" || true
tail -n +"$((steady_from + 1))" "$WORK/sim.out" | grep '^t=' >"$WORK/steady.lines" || true
steady=$(python3 - "$WORK/steady.lines" "$WORK/wal.samples" <<'PY'
import re, statistics, sys
lines = open(sys.argv[1]).read().splitlines()
rows = []
for l in lines:
    m = re.search(r'requests (\d+).*errors (\d+).*p50 ([\d.]+) ms, p99 ([\d.]+) ms.*\((\d+) answers\)', l)
    if m and int(m.group(5)) > 0:
        rows.append([float(x) for x in m.groups()])
wal = [int(x) / 1048576 for x in open(sys.argv[2]).read().split()] or [0]
fifth = max(1, len(rows) // 5)
first, last = rows[:fifth], rows[-fifth:]
p99 = lambda rs: statistics.median(r[3] for r in rs)
p50 = lambda rs: statistics.median(r[2] for r in rs)
rate = (rows[-1][0] - rows[0][0]) / max(1, len(rows) - 1)
errors = rows[-1][1] - rows[0][1]
print(f"{rate:.0f} {p50(first):.1f} {p99(first):.1f} {p50(last):.1f} {p99(last):.1f} {wal[0]:.1f} {max(wal):.1f} {wal[-1]:.1f} {errors:.0f}")
PY
)
read -r rate p50a p99a p50b p99b wal0 walpeak walend steady_errors <<<"$steady"
phone_minutes=$(echo "$STEADY * $SCALE / 60" | bc -l)
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
printf 'steady keep-alives: %s s at --time-scale %.2f (%.0f minutes of the phones'"'"' time), %s requests/s, %s failed; latency p50/p99 %s/%s ms in the first fifth, %s/%s ms in the last; WAL %s MB at the start, %s MB at most, %s MB at the end; server RSS %.0f MB -> %.0f MB\n' \
  "$STEADY" "$SCALE" "$phone_minutes" "$rate" "$steady_errors" "$p50a" "$p99a" "$p50b" "$p99b" "$wal0" "$walpeak" "$walend" \
  "$(echo "$rss_before / 1024" | bc -l)" "$(echo "$rss_after / 1024" | bc -l)"
bench_row "$PHONES phones, $(printf '%.0f' "$phone_minutes") phone-minutes of keep-alives in $STEADY s ($rate/s, $steady_errors failed): p99 at the end" \
  "$p99b ms" "$p99a ms at the start" "$(printf '%.2fx' "$(echo "$p99b / ($p99a + 0.001)" | bc -l)")" "no creep (about 1x)"
bench_row "$PHONES phones, steady keep-alives: WAL at most / at the end" "$walpeak MB / $walend MB" "$wal0 MB at the start" - \
  "no growth (64 MB limit)"
bench_row "$PHONES phones, steady keep-alives: phonefleetd RSS" \
  "$(printf '%.0f MB' "$(echo "$rss_after / 1024" | bc -l)")" "$(printf '%.0f MB at the start' "$(echo "$rss_before / 1024" | bc -l)")" - -
