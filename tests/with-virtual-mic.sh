#!/usr/bin/env bash
# with-virtual-mic.sh PROGRAM [ARGS…]
#
# Runs PROGRAM against a private PulseAudio server that has a null speaker
# (default sink) and a virtual microphone "vmic" (default source) fed by the
# sink "vmic_sink": whatever is played into vmic_sink (paplay
# --device=vmic_sink F.wav) is what a recorder on the default input hears.
# Needs no sound card and touches nothing outside a temporary folder; the
# server is stopped however PROGRAM ends. Exits 77 (skip) when PulseAudio
# is not installed.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 PROGRAM [ARGS…]" >&2; exit 2; }

for tool in pulseaudio pactl paplay; do
  command -v "$tool" >/dev/null || { echo "# SKIP: $tool is not installed (pulseaudio, pulseaudio-utils)"; exit 77; }
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/calibrd-vmic.XXXXXX")
chmod 700 "$dir"
mkdir -p "$dir/home"
export XDG_RUNTIME_DIR=$dir PULSE_COOKIE=$dir/cookie PULSE_SERVER=unix:$dir/pulse/native

cleanup() {
  if [ -f "$dir/pulse/pid" ]; then
    kill "$(cat "$dir/pulse/pid")" 2>/dev/null || true
    for _ in $(seq 50); do [ -f "$dir/pulse/pid" ] || break; sleep 0.05; done
  fi
  rm -rf "$dir"
}
trap cleanup EXIT

# -n: no default configuration (no hardware detection); exit-idle-time=-1
# keeps the server up between the test's connections.
HOME=$dir/home pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit=yes -n \
  --use-pid-file=yes --log-target=file:"$dir/pa.log" \
  --load=module-native-protocol-unix \
  --load="module-null-sink sink_name=speaker sink_properties=device.description=Speaker" \
  --load="module-null-sink sink_name=vmic_sink rate=48000 channels=1 sink_properties=device.description=VirtualMicSink" \
  --load="module-virtual-source source_name=vmic master=vmic_sink.monitor source_properties=device.description=VirtualMic" \
  >/dev/null 2>&1 || true

ok=0
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && { ok=1; break; }; sleep 0.05; done
if [ $ok != 1 ]; then
  echo "Bail out! the private PulseAudio did not start:" >&2
  cat "$dir/pa.log" >&2 || true
  exit 1
fi
pactl set-default-sink speaker
pactl set-default-source vmic

status=0
"$@" || status=$?
exit $status
