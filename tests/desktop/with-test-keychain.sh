#!/bin/bash
# Runs a command with gnome-keyring's Secret Service on the current D-Bus session bus,
# unlocked, with its keyrings in a folder of its own, and exits with the command's status.
#
#   with-test-keychain.sh COMMAND [ARGUMENT...]
#
# Run it inside a private session bus (run-under-xvfb.sh starts one), so that the
# keyring daemon neither reaches nor replaces the developer's own.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]" >&2
    exit 2
fi
if ! command -v gnome-keyring-daemon >/dev/null; then
    echo "gnome-keyring-daemon is missing: install the Debian package gnome-keyring" >&2
    exit 1
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "no D-Bus session bus: run this through run-under-xvfb.sh or dbus-run-session" >&2
    exit 1
fi

work_dir=$(mktemp -d)
daemon_pid=""
cleanup() {
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$work_dir"
}
trap cleanup EXIT

# --unlock reads the password of the login keyring from standard input and creates that
# keyring when it is missing; --foreground keeps the daemon a child of this script.
mkdir -p "$work_dir/data" "$work_dir/runtime"
chmod 700 "$work_dir/runtime"
printf 'test-keyring-password' | XDG_DATA_HOME="$work_dir/data" XDG_RUNTIME_DIR="$work_dir/runtime" \
    gnome-keyring-daemon --foreground --unlock --components=secrets >"$work_dir/daemon.log" 2>&1 &
daemon_pid=$!

# The daemon owns org.freedesktop.secrets on the bus once it serves requests.
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        echo "gnome-keyring-daemon ended at start; its log:" >&2
        cat "$work_dir/daemon.log" >&2
        exit 1
    fi
    sleep 0.1
done

status=0
"$@" || status=$?
exit "$status"
