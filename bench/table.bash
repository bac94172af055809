# One row of scripts/bench's table, from a shell benchmark (sourced by bench/*.sh):
#   bench_row WHAT OURS PEER-OR-LIMIT RATIO GOAL
# Each field is printed as given ("-" for none); scripts/bench collects the BENCH| lines.
bench_row() {
  printf 'BENCH|%s|%s|%s|%s|%s\n' "$1" "$2" "${3:--}" "${4:--}" "${5:--}"
}
