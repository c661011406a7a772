#!/bin/sh
# headless.sh PROGRAM [ARGS…]
#
# Runs PROGRAM inside its own Xvfb display and private D-Bus session, the
# way the UI tests need: DISPLAY is exported before dbus-run-session so that
# the accessibility bus and input reach the same display.
set -eu

run=$(mktemp -d)
xvfb_pid=
cleanup () {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$run"
}
trap cleanup EXIT INT TERM

# -displayfd lets Xvfb pick a free display number and tell us which.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$run/display" 2>"$run/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 200); do
  [ -s "$run/display" ] && break
  sleep 0.05
done
if [ ! -s "$run/display" ]; then
  echo "headless.sh: Xvfb did not start:" >&2
  cat "$run/xvfb.log" >&2
  exit 1
fi

DISPLAY=":$(cat "$run/display")"
export DISPLAY
export XDG_RUNTIME_DIR="$run"
export XDG_DATA_HOME="$run/data" XDG_CONFIG_HOME="$run/config" XDG_CACHE_HOME="$run/cache"
export GSK_RENDERER="${GSK_RENDERER:-cairo}" GDK_DEBUG="${GDK_DEBUG:-gl-disable}"

# Services the bus starts (the accessibility registry says "SpiRegistry
# daemon is running…") write to the bus's stdout; that would land in the
# test's TAP stream. The bus gets stderr as its stdout, the program keeps
# the real stdout through fd 3.
status=0
dbus-run-session -- sh -c 'exec "$@" 1>&3 3>&-' sh "$@" 3>&1 1>&2 || status=$?
exit $status
