#!/bin/bash
# Runs a command on a private Xvfb display with a private D-Bus session bus,
# and exits with the command's exit status.
#
#   run-under-xvfb.sh COMMAND [ARGUMENT...]
#
# Xvfb picks a free display itself (-displayfd) and listens on no TCP port.
# dbus-run-session ends the session bus when the command ends, so no bus
# outlives the test; without it, dbus-x11 would start one that stays.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]" >&2
    exit 2
fi

for program in Xvfb:xvfb dbus-run-session:dbus-daemon; do
    if ! command -v "${program%%:*}" >/dev/null; then
        echo "${program%%:*} is missing: install the Debian package ${program##*:}" >&2
        exit 1
    fi
done

work_dir=$(mktemp -d)
xvfb_pid=""

cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Xvfb writes the display number it chose, and a newline, to the pipe once it accepts clients.
mkfifo "$work_dir/display"
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$work_dir/display" 2>"$work_dir/xvfb.log" &
xvfb_pid=$!

display=""
if ! read -r -t 30 display <"$work_dir/display" || [ -z "$display" ]; then
    echo "Xvfb did not report a display within 30 s; its log:" >&2
    cat "$work_dir/xvfb.log" >&2
    exit 1
fi

export DISPLAY=":$display"
export QT_QPA_PLATFORM=xcb
# Temporary files of the command go to the work folder, which the cleanup removes. A test that
# points XDG_CONFIG_HOME at a temporary folder would otherwise leave it behind: KConfig syncs the
# application's configuration (APPNAMErc) there as the application exits, after the test removed it.
mkdir "$work_dir/tmp"
export TMPDIR="$work_dir/tmp"
unset DBUS_SESSION_BUS_ADDRESS

status=0
dbus-run-session -- "$@" || status=$?
exit "$status"
