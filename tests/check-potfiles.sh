#!/bin/sh
# check-potfiles.sh SRCDIR
#
# Fails when po/POTFILES.in is not sorted or misses a file that has
# translatable strings, so no user-visible string escapes translation.
set -eu
cd "$1"

expected=$(mktemp) listed=$(mktemp)
trap 'rm -f "$expected" "$listed"' EXIT

{
  grep -rlE '(^|[^a-zA-Z0-9_])(N?_|C_|NC_|g_dngettext)[[:space:]]*\(' src --include='*.c' || true
  grep -rl 'translatable="yes"' src data --include='*.ui' --include='*.xml' --include='*.in' || true
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml 2>/dev/null || true
} | sort -u >"$expected"

grep -v '^#' po/POTFILES.in | sed '/^$/d' >"$listed"

if ! sort -c "$listed" 2>/dev/null; then
  echo "po/POTFILES.in is not sorted" >&2
  exit 1
fi

missing=$(comm -23 "$expected" "$listed")
if [ -n "$missing" ]; then
  echo "po/POTFILES.in misses files with translatable strings:" >&2
  echo "$missing" >&2
  exit 1
fi

gone=$(while read -r f; do [ -e "$f" ] || echo "$f"; done <"$listed")
if [ -n "$gone" ]; then
  echo "po/POTFILES.in lists files that do not exist:" >&2
  echo "$gone" >&2
  exit 1
fi
echo "POTFILES.in lists all $(wc -l <"$listed") files with translatable strings"
