#!/usr/bin/env bash
# Takes the screenshots of the AppStream metainfo with the real salon program
# against a demo XMPP server, checks that they are PNG images of a window and
# not blank, and that every image the metainfo names is committed in
# packaging/screenshots. "./dev screenshots" copies the new ones there.
# Usage: screenshot-test.sh BIN_DIR SOURCE_DIR OUTPUT_DIR (run through run-under-xvfb.sh)
set -euo pipefail

bin_dir="$1"
source_dir="$2"
output_dir="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The app's window fits within these limits. 1280x800 is the largest size worth storing.
min_size=320x320
max_size=1280x800
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# Takes the screenshot $1 of the view $2 (a value of salon's --screenshot-view).
take() {
    "$here/take-screenshot.sh" "$bin_dir/salon" "$bin_dir/salon-test-server" "$output_dir/$1" --screenshot-view "$2" || fail "taking $1"
}

mkdir -p "$output_dir"
take contacts.png contacts
take feed.png feed
take chat.png chat:bob@localhost
taken=(contacts.png feed.png chat.png)
# A screenshot that fails its check is removed, so that "./dev screenshots" never commits it.
for name in "${taken[@]}"; do
    if [[ -f $output_dir/$name ]] && ! "$bin_dir/ScreenshotCheck" "$output_dir/$name" "$min_size" "$max_size"; then
        fail "the new $name"
        rm -f "$output_dir/$name"
    fi
done

metainfo="$source_dir/packaging/org.salon.Salon.metainfo.xml.in"
mapfile -t named < <(sed -n 's|.*<image>@SALON_SCREENSHOT_BASE_URL@/\([^<]*\)</image>.*|\1|p' "$metainfo")
((${#named[@]} > 0)) || fail "$metainfo names no screenshot"
for name in "${named[@]}"; do
    committed="$source_dir/packaging/screenshots/$name"
    if [[ ! -f $committed ]]; then
        fail "the metainfo names $name, but packaging/screenshots/$name is missing: run ./dev screenshots"
        continue
    fi
    "$bin_dir/ScreenshotCheck" "$committed" "$min_size" "$max_size" || fail "the committed $name"
    [[ " ${taken[*]} " == *" $name "* ]] || fail "the metainfo names $name, which this test does not take"
done

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "screenshots taken in $output_dir, and the committed ones match the metainfo"
