#!/usr/bin/env bash
# phonefleetd's memory while administrators upload firmware: CLIENTS (16) signed-in clients
# each POST an image of SIZE_MB (150) MB at once. Prints the server's resident memory when idle
# (signed in, before the uploads), its peak (VmHWM) over the run, the difference, and how long
# the uploads took. The issue's target: the peak within 64 MB of idle (bodies go to temporary
# files and into the database a megabyte at a time, never whole into memory).
# Usage: uploads.sh BIN-DIR. Environment: PHONEFLEET_BENCH_UPLOADS (16), PHONEFLEET_BENCH_UPLOAD_MB
# (150), PHONEFLEET_BENCH_WORK (a folder on the disk to use; default under /var/tmp).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/table.bash"
BIN=$(cd "$1" && pwd)
CLIENTS=${PHONEFLEET_BENCH_UPLOADS:-16}
SIZE_MB=${PHONEFLEET_BENCH_UPLOAD_MB:-150}
command -v curl >/dev/null || { echo "uploads.sh: curl is needed (scripts/setup-deps)" >&2; exit 1; }
WORK=$(mktemp -d "${PHONEFLEET_BENCH_WORK:-/var/tmp}/pf-uploads.XXXXXX")
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PHONEFLEET_ADMIN_PASSWORD=bench-password-not-secret "$BIN/phonefleetd" --database "sqlite:$WORK/pf.db" \
  --data-dir "$WORK/data" --bind 127.0.0.1 --http-port 0 --no-https --admin-user bench >"$WORK/pfd.out" 2>"$WORK/pfd.err" &
SERVER=$!
PORT=""
for _ in $(seq 100); do
  PORT=$(sed -n 's/^http: .*:\([0-9]*\)$/\1/p' "$WORK/pfd.out")
  [ -n "$PORT" ] && break
  sleep 0.1
done
[ -n "$PORT" ] || { echo "uploads.sh: phonefleetd did not start:" >&2; cat "$WORK/pfd.err" >&2; exit 1; }
URL="http://127.0.0.1:$PORT"
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"bench","password":"bench-password-not-secret"}' \
  "$URL/api/v1/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "uploads.sh: cannot sign in" >&2; exit 1; }

# One image (not all zeros: nothing along the way may shrink it).
head -c "$((SIZE_MB * 1024 * 1024))" /dev/urandom > "$WORK/image.img"
sleep 1
kib() { sed -n "s/^$1:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$SERVER/status"; }
idle=$(kib VmRSS)
start=$(date +%s.%N)
pids=()
for i in $(seq "$CLIENTS"); do
  curl -s -o "$WORK/answer.$i" -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/octet-stream' --data-binary "@$WORK/image.img" \
    "$URL/api/v1/firmware?name=430HD_3.9.$i.1.img" > "$WORK/status.$i" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
end=$(date +%s.%N)
peak=$(kib VmHWM)
ok=$(cat "$WORK"/status.* | grep -c '^201$' || true)
printf 'uploads: %d x %d MB, %d stored (201) in %.1f s; phonefleetd RSS idle %.1f MB, peak %.1f MB, peak - idle %.1f MB (target: 64 MB)\n' \
  "$CLIENTS" "$SIZE_MB" "$ok" "$(echo "$end - $start" | bc)" "$(echo "$idle / 1024" | bc -l)" \
  "$(echo "$peak / 1024" | bc -l)" "$(echo "($peak - $idle) / 1024" | bc -l)"
bench_row "$CLIENTS firmware uploads of $SIZE_MB MB at once: phonefleetd RSS growth" \
  "$(printf '%.1f MB' "$(echo "($peak - $idle) / 1024" | bc -l)")" "64 MB" \
  "$(printf '%.2fx' "$(echo "($peak - $idle) / 1024 / 64" | bc -l)")" "< 64 MB"
[ "$ok" -eq "$CLIENTS" ] || { echo "uploads.sh: not every upload was stored:" >&2; head -c 300 "$WORK"/answer.* >&2; exit 1; }
