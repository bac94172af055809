# Sourced by tests/integration/docs/run-doc-blocks.py before the blocks of docs/operations.md, in the
# install test (tests/integration/packaging/install-test.sh). CI machines run no systemd and have no sudo:
# these functions play the parts the guide's commands use, from the installed unit itself.
#   systemctl start|stop|restart|try-restart|enable|disable|is-active|daemon-reload phonefleetd
#       runs the unit's ExecStart as its User, with its EnvironmentFile, UMask and capability
#   journalctl -u phonefleetd       what the server printed
# The machine's PostgreSQL cluster is started when it is down, and stopped again at the end,
# with the role and database the guide creates dropped.

STATE=${PHONEFLEET_TEST_STATE:?}
JOURNAL=$STATE/journal
: > "$JOURNAL"
SERVER_PID=

unit_file() {
  for f in /usr/lib/systemd/system/phonefleetd.service /lib/systemd/system/phonefleetd.service; do
    [ -f "$f" ] && { echo "$f"; return; }
  done
  echo "prelude: the phonefleetd unit is not installed" >&2
  return 1
}

unit_value() { sed -n "s/^$1=//p" "$(unit_file)" | head -n1; }

server_running() { [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; }

server_start() {
  server_running && return 0
  # As systemd would read it: an unknown directive, a missing ExecStart binary or user fails.
  local verify
  verify=$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$(unit_file)" 2>&1 || true)
  if [ -n "$verify" ]; then
    echo "prelude: systemd-analyze verify of the installed unit: $verify" >&2
    return 1
  fi
  local exec user env_file umask_value caps start_line
  exec=$(unit_value ExecStart)
  user=$(unit_value User)
  env_file=$(unit_value EnvironmentFile)
  env_file=${env_file#-}
  umask_value=$(unit_value UMask)
  caps=$(unit_value AmbientCapabilities | tr 'A-Z' 'a-z' | sed 's/cap_//g')
  start_line=$(($(wc -l < "$JOURNAL") + 1))
  (
    umask "$umask_value"
    set -a
    if [ -f "$env_file" ]; then . "$env_file"; fi
    set +a
    # shellcheck disable=SC2086
    exec setpriv --reuid="$user" --regid="$user" --init-groups --inh-caps="+$caps" --ambient-caps="+$caps" \
      -- $exec >> "$JOURNAL" 2>&1 < /dev/null
  ) &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    if tail -n +"$start_line" "$JOURNAL" | grep -q "^https: "; then return 0; fi
    if ! server_running; then
      echo "prelude: phonefleetd exited at start:" >&2
      tail -n +"$start_line" "$JOURNAL" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "prelude: phonefleetd did not listen within 30 s" >&2
  return 1
}

server_stop() {
  server_running || { SERVER_PID=; return 0; }
  kill -TERM "$SERVER_PID"
  for _ in $(seq 1 400); do
    server_running || { wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; return 0; }
    sleep 0.1
  done
  echo "prelude: phonefleetd did not stop within 40 s of SIGTERM" >&2
  return 1
}

systemctl() {
  local now=
  local args=()
  for a in "$@"; do
    case "$a" in
      --now) now=1 ;;
      --*) ;;
      *) args+=("$a") ;;
    esac
  done
  local verb=${args[0]:-}
  local unit=${args[1]:-}
  case "$verb" in
    daemon-reload) return 0 ;;
  esac
  case "$unit" in
    phonefleetd|phonefleetd.service) ;;
    postgresql|postgresql.service) return 0 ;;
    *) echo "prelude: systemctl $verb $unit is not played here" >&2; return 1 ;;
  esac
  case "$verb" in
    start) server_start ;;
    stop) server_stop ;;
    restart) server_stop && server_start ;;
    try-restart) if server_running; then server_stop && server_start; fi ;;
    enable) if [ -n "$now" ]; then server_start; fi ;;
    disable) if [ -n "$now" ]; then server_stop; fi ;;
    is-active) if server_running; then echo active; else echo inactive; return 3; fi ;;
    status) if server_running; then echo "active (running) pid $SERVER_PID"; else echo inactive; return 3; fi ;;
    *) echo "prelude: systemctl $verb is not played here" >&2; return 1 ;;
  esac
}

journalctl() {
  cat "$JOURNAL"
}


# PostgreSQL: the machine's own cluster, up for the guide's PostgreSQL steps.
PG_STARTED=
read -r PG_VERSION PG_CLUSTER _ PG_STATUS _ < <(pg_lsclusters --no-header | head -n1)
if [ -z "${PG_VERSION:-}" ]; then
  echo "prelude: no PostgreSQL cluster on this machine (pg_createcluster)" >&2
  return 1
fi
if [ "$PG_STATUS" != online ]; then
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
  PG_STARTED=1
fi

prelude_cleanup() {
  server_stop || kill -KILL "$SERVER_PID" 2>/dev/null || true
  runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS phonefleet" >/dev/null 2>&1 || true
  runuser -u postgres -- psql -q -c "DROP ROLE IF EXISTS phonefleet" >/dev/null 2>&1 || true
  if [ -n "$PG_STARTED" ]; then pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || true; fi
  # A failed run must not leave the packages on the machine.
  for p in phonefleet phonefleetd phonefleetctl; do
    if dpkg -s "$p" >/dev/null 2>&1; then apt-get purge -y -q "$p" >/dev/null 2>&1 || true; fi
  done
  rm -f /root/admin-password
  rm -rf /var/backups/phonefleet /opt/phonefleet-*
}
trap prelude_cleanup EXIT
cd "$STATE"
