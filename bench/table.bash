# One row of scripts/bench's table, from a shell benchmark (sourced by bench/*.sh):
#   bench_row WHAT OURS PEER-OR-LIMIT RATIO GOAL
# Each field is printed as given ("-" for none); scripts/bench collects the BENCH| lines.
bench_row() {
  printf 'BENCH|%s|%s|%s|%s|%s\n' "$1" "$2" "${3:--}" "${4:--}" "${5:--}"
}

# A port free on every address, below the range outgoing connections take their local ports
# from: a port the system hands out (bind to port 0) is one a connection of the benchmark before
# may hold a moment later, and the simulator, listening on 0.0.0.0, then cannot have it
# (bulkactions.sh once failed so, after the boot storm's 400 000 connections).
free_port() {
  python3 - <<'PY'
import random, socket
try:
    low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
except OSError:
    low = 32768
for _ in range(500):
    port = random.randint(10000, low - 1) if low > 10001 else 0
    s = socket.socket()
    try:
        s.bind(("0.0.0.0", port))
        print(s.getsockname()[1])
        break
    except OSError:
        pass
    finally:
        s.close()
PY
}
