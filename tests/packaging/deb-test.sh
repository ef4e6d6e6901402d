#!/usr/bin/env bash
# Installs the Debian packages salon and salon-server built by "./dev package",
# starts both programs from their installed paths, and purges the packages
# again, so the machine is left as it was. Installing needs root (or sudo
# without a password), as on CI.
# Usage: deb-test.sh PACKAGE_DIR SOURCE_DIR BUILD_DIR (run through run-under-xvfb.sh)
set -euo pipefail

# SALON_PACKAGE_DIR is the folder "./dev package" writes to when it is set.
package_dir="${SALON_PACKAGE_DIR:-$1}"
source_dir="$2"
build_dir="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
timeout_seconds=30
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    else
        sudo -n "$@"
    fi
}

if [[ $EUID -ne 0 ]] && ! sudo -n true 2>/dev/null; then
    echo "FAIL: installing the packages needs root: run the test as root or with sudo that asks no password"
    exit 1
fi

# The packages must be those of the commit under test, and ./dev test builds them when they are not.
head="$(git -C "$source_dir" rev-parse HEAD)"
built="$(cat "$package_dir/built-commit" 2>/dev/null || echo none)"
if [[ $built != "$head" ]]; then
    echo "FAIL: $package_dir has no packages of HEAD ($head), but of '$built': run ./dev package"
    exit 1
fi
mapfile -t debs < <(find "$package_dir" -maxdepth 1 \( -name 'salon_*.deb' -o -name 'salon-server_*.deb' \) | sort)
if ((${#debs[@]} != 2)); then
    echo "FAIL: expected the two packages salon and salon-server in $package_dir, found: ${debs[*]:-none}"
    exit 1
fi

for package in salon salon-server; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
        echo "FAIL: $package is installed already; this test installs its own build and purges it, so remove it first"
        exit 1
    fi
done

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q salon salon-server >"$work/purge.log" 2>&1 ||
        { echo "FAIL: apt-get purge salon salon-server failed:"; cat "$work/purge.log"; }
    rm -rf "$work"
}
trap cleanup EXIT

if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${debs[@]}" >"$work/install.log" 2>&1; then
    echo "FAIL: apt-get install of ${debs[*]} failed:"
    cat "$work/install.log"
    exit 1
fi

# The files of both packages, where Debian expects them.
linker="$(dpkg -L salon-server | grep '/libexec/salon-linker$' || true)"
[[ -n $linker && -x $linker ]] || fail "salon-server has no executable libexec/salon-linker"
for file in /usr/bin/salon /usr/share/applications/org.salon.Salon.desktop /usr/share/metainfo/org.salon.Salon.metainfo.xml; do
    dpkg -L salon | grep -qx "$file" || fail "salon does not contain $file"
done
for file in /usr/bin/salon-server /lib/systemd/system/salon-server.service /usr/share/doc/salon-server/examples/nginx/salon-server.conf; do
    dpkg -L salon-server | grep -qx "$file" || fail "salon-server does not contain $file"
done
dpkg-query -W -f='${Conffiles}\n' salon-server | grep -q '^ /etc/salon/salon-server.ini ' ||
    fail "/etc/salon/salon-server.ini is not a conffile of salon-server"
appstreamcli validate --no-net /usr/share/metainfo/org.salon.Salon.metainfo.xml || fail "appstreamcli validate on the installed metainfo"

# The installed server finds the installed linker by itself and returns 200 on /healthz.
/usr/bin/salon-server --version | grep -q '^salon-server ' || fail "salon-server --version"
/usr/bin/salon-server --listen 127.0.0.1:0 --database "sqlite:$work/server-cache.sqlite" >"$work/server.log" 2>&1 &
server_pid=$!
# With port 0 the system chooses a free port, which the server logs.
address=""
for ((tenths = 0; tenths < timeout_seconds * 10; tenths++)); do
    address="$(sed -n 's|.*Listening on http://\(127\.0\.0\.1:[0-9]*\)/ .*|\1|p' "$work/server.log" | head -n 1)"
    [[ -n $address ]] && break
    sleep 0.1
done
if [[ -z $address ]]; then
    fail "timed out after $timeout_seconds s: the installed salon-server did not log its address. Its log:"
    cat "$work/server.log"
else
    grep -q "with linker $linker " "$work/server.log" || fail "salon-server does not use the installed linker $linker: $(grep 'Listening on' "$work/server.log")"
    status="$(python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=10).status)' "http://$address/healthz" 2>&1 || true)"
    [[ $status == 200 ]] || fail "GET http://$address/healthz answered: $status"
fi
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

# The installed desktop app starts, signs in to a demo XMPP server and shows its contacts.
/usr/bin/salon --version | grep -q '^salon ' || fail "salon --version"
if "$here/take-screenshot.sh" /usr/bin/salon "$build_dir/bin/salon-test-server" "$work/installed-salon.png"; then
    "$build_dir/bin/ScreenshotCheck" "$work/installed-salon.png" 320x320 1280x800 || fail "the screenshot of the installed salon"
else
    fail "the installed salon did not show its contacts"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "the packages of $head install, their programs start from the installed paths, and they purge cleanly"
