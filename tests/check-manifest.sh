#!/bin/sh
# check-manifest.sh MANIFEST APP_ID COMMAND
#
# Parses the Flatpak manifest offline with flatpak-builder and fails on any
# warning (flatpak-builder itself exits 0 on unknown keys), then checks that
# the app id and command match what meson builds and that the sandbox asks
# for nothing beyond what the app needs.
set -eu
manifest=$1 app_id=$2 command=$3

if ! command -v flatpak-builder >/dev/null; then
  echo "check-manifest.sh: flatpak-builder is not installed" >&2
  exit 1
fi

out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
flatpak-builder --show-manifest "$manifest" >"$out" 2>"$err" || { cat "$err" >&2; exit 1; }
if grep -qi 'warning\|unknown' "$err"; then
  echo "check-manifest.sh: flatpak-builder warned:" >&2
  cat "$err" >&2
  exit 1
fi

/usr/bin/python3 - "$out" "$app_id" "$command" <<'PY'
import json, sys
path, app_id, command = sys.argv[1:]
m = json.load(open(path))
errors = []
if m.get("app-id", m.get("id")) != app_id:
    errors.append("app-id is %r, meson builds %r" % (m.get("app-id"), app_id))
if m.get("command") != command:
    errors.append("command is %r, meson installs %r" % (m.get("command"), command))
allowed = {"--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri", "--socket=pulseaudio"}
for arg in m.get("finish-args", []):
    if arg not in allowed:
        errors.append("finish-arg %s asks for more than the app needs" % arg)
if m.get("runtime") != "org.gnome.Platform" or m.get("sdk") != "org.gnome.Sdk":
    errors.append("runtime must be org.gnome.Platform with org.gnome.Sdk")
last = m["modules"][-1]
if last.get("name") != "calibrd" or last.get("buildsystem") != "meson":
    errors.append("the last module must build calibrd with meson")
for e in errors:
    print("check-manifest.sh:", e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
echo "manifest OK: $app_id runs $command"
