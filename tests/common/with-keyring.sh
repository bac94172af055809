#!/bin/sh
# Runs a test in a throwaway HOME with its own D-Bus session and an unlocked GNOME Keyring (the
# Secret Service QtKeychain talks to), so keychain tests never touch the user's real keychain.
# Where dbus-run-session or gnome-keyring-daemon is missing, the test runs without a keychain
# and PHONEFLEET_NO_KEYRING=1 tells it so.
home=$(mktemp -d "${TMPDIR:-/tmp}/phonefleet-keyring.XXXXXX") || exit 1
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    dbus-run-session -- sh -c '
        printf "%s" throwaway-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        "$@"' sh "$@"
    exit $?
fi
PHONEFLEET_NO_KEYRING=1 "$@"
