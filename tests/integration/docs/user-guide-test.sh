#!/usr/bin/env bash
# docs_user_guide: every ```sh block of docs/user-guide.md, in order, against a phonefleetd of
# its own (run under tests/common/with-keyring.sh, so that phonefleetctl login keeps its session
# in a throwaway keychain as it does on a desktop). The guide names the server
# phonefleet.example.com:8443 and shows login's password prompt; the test gives its server's
# address and feeds the password.
set -euo pipefail
BIN=${PHONEFLEET_BINARY_DIR:?}
SOURCE=${PHONEFLEET_SOURCE_DIR:?}
PYTHON=${PHONEFLEET_PYTHON:-python3}
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK"
echo 'correct-horse-battery-staple-42' > admin-password

# start_server NAME: a phonefleetd on free loopback ports; sets SERVER_PID, HTTPS_PORT, FINGERPRINT.
start_server() {
  local log="$WORK/$1.log"
  "$BIN/phonefleetd" --data-dir "$WORK/$1" --bind 127.0.0.1 --http-port 0 --https-port 0 \
    --admin-user admin --admin-password-file "$WORK/admin-password" > "$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    grep -q '^https: ' "$log" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  HTTPS_PORT=$(sed -n 's/^https: .*:\([0-9]*\)$/\1/p' "$log")
  FINGERPRINT=$(sed -n 's/^certificate: SHA-256 \([0-9A-F:]*\).*/\1/p' "$log")
  [ -n "$HTTPS_PORT" ] && [ -n "$FINGERPRINT" ] || { cat "$log" >&2; exit 1; }
}
stop_server() {
  kill "$SERVER_PID"
  wait "$SERVER_PID" || true
  SERVER_PID=
}

cp "$SOURCE/tests/data/samples/users.csv" "$SOURCE/tests/data/samples/template_430HD.xml" .

# The vendor's export bundle section 10 imports: made by another server that holds the
# sample users, as the vendor's server would hold them.
start_server vendor
token=$("$BIN/phonefleetctl" login --server "https://127.0.0.1:$HTTPS_PORT" --user admin \
  --fingerprint "$FINGERPRINT" --print-token < admin-password)
PHONEFLEET_TOKEN=$token PHONEFLEET_SERVER="https://127.0.0.1:$HTTPS_PORT" \
  "$BIN/phonefleetctl" import users users.csv --create-regions > /dev/null
PHONEFLEET_TOKEN=$token PHONEFLEET_SERVER="https://127.0.0.1:$HTTPS_PORT" \
  "$BIN/phonefleetctl" export vendor-export --out vendor-export.zip
stop_server

start_server guide
export PATH="$BIN:$PATH"
"$PYTHON" "$SOURCE/tests/integration/docs/run-doc-blocks.py" "$SOURCE/docs/user-guide.md" --min-blocks 10 \
  --set "phonefleet.example.com:8443=127.0.0.1:$HTTPS_PORT" \
  --set "--fingerprint <fingerprint>=--fingerprint $FINGERPRINT < $WORK/admin-password"
