#!/usr/bin/env bash
# Starts the real salon program on the sign-in page and presses Ctrl+Q through the X server's
# XTEST extension, as a keyboard would. The process must exit, with the default settings, under
# which closing the window keeps Salon in the tray where one runs.
# Usage: quit-shortcut-test.sh BIN_DIR (run through run-under-xvfb.sh; needs libxtst6)
set -euo pipefail

bin_dir="$1"
work="$(mktemp -d)"
salon_pid=""
cleanup() {
    if [[ -n $salon_pid ]] && kill -0 "$salon_pid" 2>/dev/null; then
        kill "$salon_pid"
        wait "$salon_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Settings and cache of this run only.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
"$bin_dir/salon" --database "sqlite:$work/cache.sqlite" >"$work/salon.log" 2>&1 &
salon_pid=$!

started=0
for _ in $(seq 1 100); do
    if grep -q "started" "$work/salon.log"; then
        started=1
        break
    fi
    sleep 0.1
done
if [[ $started -ne 1 ]]; then
    echo "FAIL: salon did not start within 10 s; its log:"
    cat "$work/salon.log"
    exit 1
fi

# Without a window manager, keys go to the window under the pointer.
press_ctrl_q() {
    /usr/bin/python3 - <<'PYTHON'
import ctypes

xlib = ctypes.cdll.LoadLibrary("libX11.so.6")
xtest = ctypes.cdll.LoadLibrary("libXtst.so.6")
xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
xlib.XFlush.argtypes = [ctypes.c_void_p]
xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
xtest.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
xtest.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]

display = xlib.XOpenDisplay(None)
control = xlib.XKeysymToKeycode(display, 0xFFE3)  # XK_Control_L
q = xlib.XKeysymToKeycode(display, ord("q"))
xtest.XTestFakeMotionEvent(display, -1, 100, 100, 0)
for keycode, pressed in [(control, 1), (q, 1), (q, 0), (control, 0)]:
    xtest.XTestFakeKeyEvent(display, keycode, pressed, 0)
xlib.XFlush(display)
xlib.XCloseDisplay(display)
PYTHON
}

# The window maps some time after the start line, later on a loaded machine, and a key pressed
# before that goes nowhere. So the key is pressed again each second, for at most 10 s.
for _ in $(seq 1 10); do
    press_ctrl_q
    for _ in $(seq 1 10); do
        if ! kill -0 "$salon_pid" 2>/dev/null; then
            status=0
            wait "$salon_pid" || status=$?
            salon_pid=""
            if [[ $status -ne 0 ]]; then
                echo "FAIL: salon exited with status $status after Ctrl+Q; its log:"
                tail -n 20 "$work/salon.log"
                exit 1
            fi
            echo "salon exited after Ctrl+Q"
            exit 0
        fi
        sleep 0.1
    done
done
echo "FAIL: salon still runs 10 s after the first Ctrl+Q; its log:"
tail -n 20 "$work/salon.log"
exit 1
