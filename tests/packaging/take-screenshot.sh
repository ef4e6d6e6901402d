#!/usr/bin/env bash
# Starts a demo XMPP server on 127.0.0.1 and the salon program signed in to it as
# alice@localhost, waits until salon has written the PNG of its window, then stops
# both. The window shows the contact list, or the view that the SALON_ARGUMENT
# "--screenshot-view VIEW" chooses.
# Usage: take-screenshot.sh SALON TEST_SERVER OUTPUT_PNG [SALON_ARGUMENT...]
# (run through run-under-xvfb.sh)
set -euo pipefail

salon="$1"
test_server="$2"
output="$3"
shift 3
timeout_seconds=60

work="$(mktemp -d)"
server_pid=""
salon_pid=""
# Stops the process $1, if any. Its status is not checked: SIGTERM ends it with 143.
stop_process() {
    if [[ -n $1 ]]; then
        kill "$1" 2>/dev/null || true
        wait "$1" 2>/dev/null || true
    fi
}
cleanup() {
    stop_process "$salon_pid"
    stop_process "$server_pid"
    rm -rf "$work"
}
trap cleanup EXIT

# Settings and caches of the app go to the work folder, so the user's home stays as it was.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"

mkfifo "$work/server-output"
"$test_server" --demo --demo-peers --no-stdin >"$work/server-output" &
server_pid=$!
if ! read -r -t "$timeout_seconds" info <"$work/server-output"; then
    echo "FAIL: the demo XMPP server did not start within $timeout_seconds s"
    exit 1
fi
field() { python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$info" "$1"; }

rm -f "$output"
: >"$work/salon.log"
echo alice-demo | "$salon" --jid alice@localhost --password-stdin --screenshot "$output" "$@" \
    --xmpp-host "$(field host)" --xmpp-port "$(field clientPort)" --ca-certificates "$(field caCertificate)" \
    --database "sqlite:$work/cache.sqlite" >"$work/salon.log" 2>&1 &
salon_pid=$!

# salon logs one of these lines once it has tried to save the screenshot, and keeps running.
for ((tenths = 0; tenths < timeout_seconds * 10; tenths++)); do
    if grep -q -e 'Screenshot saved to' -e 'Could not save the screenshot' "$work/salon.log"; then
        break
    fi
    if ! kill -0 "$salon_pid" 2>/dev/null; then
        status=0
        wait "$salon_pid" || status=$?
        salon_pid=""
        echo "FAIL: $salon ended with status $status before it saved the screenshot. Its log:"
        tail -n 30 "$work/salon.log"
        exit 1
    fi
    sleep 0.1
done

if ! grep -q 'Screenshot saved to' "$work/salon.log"; then
    echo "FAIL: timed out after $timeout_seconds s: $salon did not save the screenshot $output. Its log:"
    tail -n 30 "$work/salon.log"
    exit 1
fi
echo "$salon saved $output"
