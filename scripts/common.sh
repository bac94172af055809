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


# The sanitizer tree, shared by scripts/test and scripts/fuzz: clang with AddressSanitizer and
# UndefinedBehaviorSanitizer, coverage for libFuzzer, -O1 (sanitizers' usual level; assertions
# stay on). Usage: phonefleet_sanitize_tree -> prints its folder, configured.
phonefleet_sanitize_tree() {
  local dir="${PHONEFLEET_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"
  local cxx="${PHONEFLEET_FUZZ_CXX:-clang++}"
  # A tree configured with another compiler (an older gcc sanitizer tree) cannot switch in place.
  if [ -f "$dir/CMakeCache.txt" ] && ! grep -q "^CMAKE_CXX_COMPILER:.*clang" "$dir/CMakeCache.txt"; then
    rm -rf "$dir"
  fi
  phonefleet_configure "$dir" Debug -DCMAKE_CXX_COMPILER="$(command -v "$cxx")" \
    -DPHONEFLEET_SANITIZE=ON -DPHONEFLEET_FUZZ=ON "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" >&2
  echo "$dir"
}
