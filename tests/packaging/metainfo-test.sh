#!/usr/bin/env bash
# Validates the AppStream metainfo as written for this build, and as written with
# a screenshot URL. Then checks that its newest release is the CMake project
# version and that it names the desktop entry and program that exist.
# Usage: metainfo-test.sh SOURCE_DIR BUILD_PACKAGING_DIR PROJECT_VERSION
set -euo pipefail

source_dir="$1"
built="$2/org.salon.Salon.metainfo.xml"
version="$3"
template="$source_dir/packaging/org.salon.Salon.metainfo.xml.in"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# --strict fails on warnings and hints too, and allows only pedantic hints. One of those is
# about the upper-case letters of the id, which the desktop entry's name org.salon.Salon fixes.
[[ -s $built ]] || fail "missing: $built (build the salon-metainfo target)"
[[ -s $built ]] && { appstreamcli validate --no-net --strict "$built" || fail "appstreamcli validate on $built"; }

# example.org stands for the URL a packager sets, and --no-net keeps appstreamcli from fetching it.
with_screenshots="$work/with-screenshots.metainfo.xml"
cmake -DINPUT="$template" -DOUTPUT="$with_screenshots" -DSCREENSHOT_BASE_URL=https://example.org/salon/screenshots \
    -P "$source_dir/packaging/configure-metainfo.cmake"
grep -q '<image>https://example.org/salon/screenshots/' "$with_screenshots" || fail "the screenshot URLs are not filled in"
appstreamcli validate --no-net --strict "$with_screenshots" || fail "appstreamcli validate on the metainfo with screenshot URLs"

newest="$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$template" | head -n 1)"
[[ $newest == "$version" ]] || fail "the newest release of the metainfo is '$newest', but the project version in CMakeLists.txt is $version"

desktop_id="$(sed -n 's|.*<launchable type="desktop-id">\([^<]*\)</launchable>.*|\1|p' "$template")"
[[ -f $source_dir/packaging/$desktop_id ]] || fail "the launchable '$desktop_id' is not in packaging/"
binary="$(sed -n 's|.*<binary>\([^<]*\)</binary>.*|\1|p' "$template")"
# The Exec line may pass field codes after the program, such as %u for the xmpp: URI.
grep -qE "^Exec=$binary( |$)" "$source_dir/packaging/$desktop_id" 2>/dev/null || fail "the metainfo provides the binary '$binary', which the desktop entry does not start"

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "the metainfo is valid and matches version $version, the desktop entry and the program"
