#!/bin/sh
# check-translations.sh SRCDIR
#
# Every language in po/LINGUAS must pass `msgfmt --check` and be at least
# 95 % translated against the current template, so a release never ships a
# half-translated UI.
set -eu
cd "$1/po"

pot=$(mktemp)
trap 'rm -f "$pot"' EXIT
xgettext --files-from=POTFILES.in --directory=.. --from-code=UTF-8 \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --add-comments=Translators --package-name=calibrd -o "$pot"
total=$(msgattrib --no-obsolete "$pot" | grep -c '^msgid ' || true)
total=$((total - 1))   # the header entry

status=0
languages=$(sed -e 's/#.*//' LINGUAS | tr -s ' \n' '\n' | sed '/^$/d')
if [ -z "$languages" ]; then
  echo "po/LINGUAS lists no language"
  exit 1
fi
for lang in $languages; do
  if ! msgfmt --check --output-file=/dev/null "$lang.po"; then
    echo "$lang: msgfmt --check failed"
    status=1
    continue
  fi
  merged=$(mktemp)
  msgmerge --quiet --no-fuzzy-matching --output-file="$merged" "$lang.po" "$pot"
  translated=$(msgattrib --translated --no-fuzzy --no-obsolete "$merged" | grep -c '^msgid ' || true)
  translated=$((translated - 1))
  rm -f "$merged"
  percent=$((translated * 100 / total))
  echo "$lang: $translated of $total strings translated ($percent %)"
  if [ "$percent" -lt 95 ]; then
    status=1
  fi
done
exit $status
