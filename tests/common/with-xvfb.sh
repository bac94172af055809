#!/bin/sh
# with-xvfb.sh WIDTHxHEIGHTxDEPTH command [arguments...]
# Runs a GUI test on an X server of its own with a screen of that size (Xvfb), so that what the
# test measures is a real X11 screen, whatever display the machine has or lacks, in a throwaway
# HOME (its settings never meet another test's). Xvfb picks a free display number itself
# (-displayfd): tests running in parallel never collide.
screen=$1
shift
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "with-xvfb.sh: Xvfb is not installed (scripts/setup-deps installs it)" >&2
    exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/phonefleet-xvfb.XXXXXX") || exit 1
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
tries=0
while [ ! -s "$dir/display" ]; do
    tries=$((tries + 1))
    if [ $tries -gt 100 ] || ! kill -0 "$xvfb" 2>/dev/null; then
        echo "with-xvfb.sh: Xvfb did not start:" >&2
        cat "$dir/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
mkdir -p "$dir/home/.config" "$dir/run" && chmod 700 "$dir/run"
HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" XDG_RUNTIME_DIR="$dir/run" \
    DISPLAY=":$(head -n 1 "$dir/display")" QT_QPA_PLATFORM=xcb "$@"
