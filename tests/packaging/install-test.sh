#!/usr/bin/env bash
# Installs the build into a temporary DESTDIR and checks what a packager gets:
# every file in its place, a valid desktop entry, a valid systemd unit, man
# pages with the options, and installed programs that start.
# Usage: install-test.sh BUILD_DIR
set -euo pipefail

build_dir="$1"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

DESTDIR="$root" cmake --install "$build_dir" >/dev/null
prefix="$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build_dir/CMakeCache.txt")"
usr="$root$prefix"
# The linker is an internal program: it belongs in a libexec folder, off the PATH.
linker="$(find "$usr" -path '*/libexec/salon-linker' -type f | head -n 1)"
[[ -n $linker ]] || fail "missing: salon-linker in a libexec folder"

expected=(
    "$usr/bin/salon"
    "$usr/bin/salon-server"
    "$usr/share/applications/org.salon.Salon.desktop"
    "$usr/share/metainfo/org.salon.Salon.metainfo.xml"
    "$usr/share/icons/hicolor/scalable/apps/org.salon.Salon.svg"
    "$usr/share/knotifications5/salon.notifyrc"
    "$usr/share/qlogging-categories5/salon.categories"
    "$usr/share/man/man1/salon.1"
    "$usr/share/man/man1/salon-server.1"
    "$usr/share/doc/salon-server/examples/nginx/salon-server.conf"
    "$root/etc/salon/salon-server.ini"
)
for file in "${expected[@]}"; do
    [[ -s $file ]] || fail "missing or empty: ${file#"$root"}"
done
unit="$(find "$root" -name salon-server.service -path '*systemd/system/*' | head -n 1)"
[[ -n $unit ]] || fail "missing: salon-server.service in a systemd system unit folder"

# Nothing of the tests or of the build tree is installed.
if find "$root" -name '*Test' -o -name 'salon-test-server' -o -name 'salon-fake-linker' | grep -q .; then
    fail "test programs are installed"
fi

desktop-file-validate "$usr/share/applications/org.salon.Salon.desktop" || fail "desktop-file-validate"

if [[ -n $unit ]]; then
    grep -q "^ExecStart=$prefix/bin/salon-server " "$unit" || fail "ExecStart does not name the installed salon-server"
    for setting in DynamicUser=yes StateDirectory=salon-server ProtectSystem=strict NoNewPrivileges=yes PrivateTmp=yes; do
        grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
    done
    # systemd-analyze verify needs the program at the unit's path, so a copy points into DESTDIR.
    sed "s|^ExecStart=$prefix/bin/|ExecStart=$usr/bin/|" "$unit" >"$root/salon-server.service"
    systemd-analyze verify --man=no --recursive-errors=no "$root/salon-server.service" || fail "systemd-analyze verify"
fi

for page in salon salon-server; do
    grep -q '^\.SH OPTIONS' "$usr/share/man/man1/$page.1" || fail "$page.1 has no OPTIONS section"
    grep -q 'database' "$usr/share/man/man1/$page.1" || fail "$page.1 does not list --database"
done

# The installed programs start from their installed paths.
"$usr/bin/salon-server" --version | grep -q '^salon-server ' || fail "salon-server --version"
"$usr/bin/salon" --version | grep -q '^salon ' || fail "salon --version"
"$usr/bin/salon-server" --config "$root/etc/salon/salon-server.ini" --linker "$linker" \
    --database "sqlite:$root/cache.sqlite" --check-config >/dev/null || fail "salon-server --check-config with the installed configuration"

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "installed layout, desktop entry, systemd unit and man pages are valid"
