#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# valgrind.sh TEST [ARGS…] — run a core unit test under valgrind's memcheck:
# any invalid read/write, use of uninitialised memory or definite leak fails
# it. GLib's own suppressions (Debian's libglib2.0-dev) cover its one-time
# allocations; tests/valgrind.supp holds ours (see there).
set -u
here=$(cd "$(dirname "$0")" && pwd)
glib_supp=/usr/share/glib-2.0/valgrind/glib.supp
if ! command -v valgrind > /dev/null || [ ! -f "$glib_supp" ]; then
  echo "1..0 # SKIP valgrind or $glib_supp is not installed"
  exit 0
fi
# G_SLICE=always-malloc: no slab allocator hiding frees; G_DEBUG=gc-friendly
# clears freed memory so leaks are not masked by stale pointers.
G_SLICE=always-malloc G_DEBUG="${G_DEBUG:+$G_DEBUG,}gc-friendly" exec valgrind --quiet \
  --error-exitcode=1 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
  --num-callers=30 --suppressions="$glib_supp" --suppressions="$here/valgrind.supp" "$@"
