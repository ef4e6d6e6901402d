#!/usr/bin/env bash
# Starts the real salon program twice with the same cache against a demo XMPP server on
# 127.0.0.1, as a user who opens the app a second time. Each start must still run after a few
# seconds: the second one starts from the cache of the first.
# Usage: cached-start-test.sh BIN_DIR (run through run-under-xvfb.sh)
set -euo pipefail

bin_dir="$1"
work="$(mktemp -d)"
server_pid=""
cleanup() {
    # The server ends with status 143 on SIGTERM, which must not stop the cleanup under set -e.
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

mkfifo "$work/server-output"
"$bin_dir/salon-test-server" --demo --no-stdin >"$work/server-output" &
server_pid=$!
read -r -t 60 info <"$work/server-output"
field() { python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$info" "$1"; }

for start in 1 2; do
    status=0
    echo alice-demo | timeout 10 "$bin_dir/salon" --jid alice@localhost --password-stdin \
        --xmpp-host "$(field host)" --xmpp-port "$(field clientPort)" --ca-certificates "$(field caCertificate)" \
        --database "sqlite:$work/cache.sqlite" >"$work/salon-$start.log" 2>&1 || status=$?
    # 124: still running when timeout stopped it, as it should be.
    if [[ $status -ne 124 ]]; then
        echo "FAIL: start $start of salon ended with status $status before it was stopped; its log:"
        tail -n 20 "$work/salon-$start.log"
        exit 1
    fi
done
echo "both starts ran, the second from the first one's cache"
