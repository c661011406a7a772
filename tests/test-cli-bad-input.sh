#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every calibrd-cli command that reads a file, fed files it cannot use:
# empty, 10 MB, invalid UTF-8, NUL bytes, a program, the wrong extension, a
# symlink loop, no read permission, missing, a directory. Each must exit
# non-zero without crashing (status < 128), say why on stderr in words meant
# for a user (not the raw "Permission denied" of the system), and leave the
# database exactly as it was (compared with sqlite3 .dump and a listing of
# the data folder).
set -u
CLI="${CALIBRD_CLI:?}"
SRC="${G_TEST_SRCDIR:?}"
TMP=$(mktemp -d)
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/xdg"
DB="$TMP/data/test.db"
EMPTY_DB="$TMP/data-empty/empty.db"
mkdir -p "$TMP/data" "$TMP/data-empty" "$TMP/in"
. "$(dirname "$0")/tap.sh"

if ! command -v sqlite3 > /dev/null; then
  echo "1..0 # SKIP sqlite3 is not installed"
  exit 0
fi

# A database with something in every table a bad import could touch.
"$CLI" --db "$DB" jd import "$SRC/data/jds/02-gitlab-backend-senior.md" > /dev/null || exit 1
"$CLI" --db "$DB" story add "$SRC/data/stories/01-junior-flaky-test.md" > /dev/null || exit 1
printf 'Jane\n- Go and PostgreSQL for five years\n' > "$TMP/cv.txt"
"$CLI" --db "$DB" cv import "$TMP/cv.txt" > /dev/null || exit 1
printf 'company,level,base,bonus,equity_per_year,currency\nAcme,Senior,150000,0,0,USD\n' > "$TMP/comp.csv"
"$CLI" --db "$DB" offer import-comp "$TMP/comp.csv" > /dev/null || exit 1
# import json only reads into an empty database: give it one.
"$CLI" --db "$EMPTY_DB" story list > /dev/null || exit 1

fingerprint () {
  # $1: database. The rows, and every file next to it (a restore keeps the
  # old database aside; a failed one must not).
  sqlite3 "$1" .dump | sha256sum
  ls -lA "$(dirname "$1")" | sed 1d | awk '{ print $1, $NF }'
}

# One bad file of each kind, made for extension $1 (".md", ".csv"…).
make_inputs () {
  d="$TMP/in/$2"
  mkdir -p "$d"
  : > "$d/empty$1"
  # 10 MB of plain text: larger than any file the app reads.
  yes 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.' |
    head -c 10485760 > "$d/huge$1"
  printf 'Caf\351 \377\376 not UTF-8\nSituation: x\n' > "$d/latin1$1"
  printf 'Situation:\000 x\nTask: y\000\n' > "$d/nul$1"
  cp /bin/true "$d/program$1"
  printf '\211PNG\r\n\032\n\000\000\000\rIHDR' > "$d/image.png"
  ln -s "loop$1" "$d/loop$1"
  printf 'Situation: x\n' > "$d/locked$1"
  chmod 000 "$d/locked$1"
  mkdir -p "$d/folder$1"
}

# run NAME EXT DB ARGS… — ARGS has @ where the file goes.
run_case () {
  label=$1; file=$2; db=$3; shift 3
  before=$(fingerprint "$db")
  set -- $(printf '%s\n' "$@" | sed "s|^@\$|$file|")
  "$CLI" --db "$db" "$@" > "$TMP/stdout" 2> "$TMP/stderr" < /dev/null
  status=$?
  after=$(fingerprint "$db")
  report "$label" "$status" "$before" "$after"
}

report () {
  if [ "$2" -eq 0 ]; then
    bad "$1: exits 0"
  elif [ "$2" -ge 128 ]; then
    bad "$1: crashed (status $2): $(tail -3 "$TMP/stderr" | tr '\n' ' ')"
  elif [ ! -s "$TMP/stderr" ]; then
    bad "$1: no message on stderr"
  elif [ "$3" != "$4" ]; then
    bad "$1: the database changed"
  elif grep -q -e 'Too many levels of symbolic links' -e 'Permission denied' -e 'No such file or directory' \
         -e 'Error opening file' -e 'Failed to open file' "$TMP/stderr"; then
    # The file system's own words are for programmers; users get a sentence
    # that names the file and what to do.
    bad "$1: a raw system message: $(head -1 "$TMP/stderr" | cut -c1-110)"
  else
    ok "$1 (exit $2: $(head -1 "$TMP/stderr" | cut -c1-110))"
  fi
}

# Command lines, one per entry point that reads a file: EXT DB ARGS…
# (@ stands for the file.)
entries='
.md|main|jd analyze @
.md|main|jd import @
.txt|main|cv import @
.md|main|story add @
.md|main|story calibrate @ --level senior
.md|main|story import-md @
.txt|main|coach --transcript @
.wav|main|transcribe @
.calibrd|main|restore @
.json|empty|import json @
.csv|main|offer import-comp @
'

kinds='empty huge latin1 nul program image loop locked missing folder'
count=$(echo "$entries" | grep -c '|')
echo "1..$((count * 10))"

as_nobody=""
if [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null; then
  as_nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi

i=0
echo "$entries" | grep '|' | while IFS='|' read -r ext which args; do
  i=$((i + 1))
  make_inputs "$ext" "$i"
  d="$TMP/in/$i"
  db=$DB
  [ "$which" = empty ] && db=$EMPTY_DB
  for kind in $kinds; do
    case $kind in
      image) file="$d/image.png" ;;
      missing) file="$d/missing$ext" ;;
      folder) file="$d/folder$ext" ;;
      *) file="$d/$kind$ext" ;;
    esac
    label="$args: $kind"
    if [ "$kind" = locked ] && [ "$(id -u)" = 0 ]; then
      # root reads a chmod 000 file anyway: run this one as nobody, on a
      # copy of the database that nobody owns.
      if [ -z "$as_nobody" ]; then
        skip "$label" "running as root without setpriv"
        continue
      fi
      nd="$TMP/nobody-$i"
      mkdir -p "$nd/xdg" "$nd/home" "$nd/data"
      cp "$db" "$nd/data/"
      chown -R 65534:65534 "$nd"
      chmod 755 "$TMP" "$TMP/in" "$d"
      ndb="$nd/data/$(basename "$db")"
      before=$(fingerprint "$ndb")
      set -- $(printf '%s\n' $args | sed "s|^@\$|$file|")
      XDG_DATA_HOME="$nd/xdg" XDG_CACHE_HOME="$nd/home/.cache" HOME="$nd/home" \
        $as_nobody "$CLI" --db "$ndb" "$@" \
        > "$TMP/stdout" 2> "$TMP/stderr" < /dev/null
      status=$?
      after=$(fingerprint "$ndb")
      report "$label (as nobody)" "$status" "$before" "$after"
      continue
    fi
    # shellcheck disable=SC2086
    run_case "$label" "$file" "$db" $args
  done
  [ $fail = 0 ] || touch "$TMP/failed"
done

[ -e "$TMP/failed" ] && exit 1
exit 0
