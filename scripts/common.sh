# Shared by scripts/run, scripts/test and scripts/bench: configure and build into a folder.
# Usage: phonefleet_build BUILD_DIR BUILD_TYPE [extra cmake arguments...]
phonefleet_build() {
  local dir=$1 type=$2
  shift 2
  phonefleet_configure "$dir" "$type" "$@"
  cmake --build "$dir" --parallel "$(phonefleet_jobs)"
}

# Builds only the given targets (a second tree, e.g. the sanitizer build of the parsers' tests).
# Usage: phonefleet_build_targets BUILD_DIR BUILD_TYPE "target..." [extra cmake arguments...]
phonefleet_build_targets() {
  local dir=$1 type=$2 targets=$3
  shift 3
  phonefleet_configure "$dir" "$type" "$@"
  # shellcheck disable=SC2086
  cmake --build "$dir" --parallel "$(phonefleet_jobs)" --target $targets
}

phonefleet_jobs() {
  nproc 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2
}

# Configures a build folder once (then only refreshes PHONEFLEET_WERROR and the given options).
phonefleet_configure() {
  local dir=$1 type=$2
  shift 2
  local generator=()
  if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
  local werror=OFF
  if [ -n "${CI:-}" ]; then werror=ON; fi
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE="$type" -DPHONEFLEET_WERROR="$werror" "$@"
  else
    cmake -S "$ROOT" -B "$dir" -DPHONEFLEET_WERROR="$werror" "$@" >/dev/null
  fi
}

