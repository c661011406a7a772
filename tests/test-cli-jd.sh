#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# calibrd-cli jd analyze|import and cv import|gaps, end to end on a temp
# database: JSON fields, stored ids, errors on stderr with nothing written.
set -u
CLI="${CALIBRD_CLI:?}"
DATA="${G_TEST_SRCDIR:?}/data/jds"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/test.db"
. "$(dirname "$0")/tap.sh"

echo "1..12"

out=$("$CLI" --json jd analyze "$DATA/02-gitlab-backend-senior.md")
check "analyze prints the DESIGN.md fields" \
  'echo "$out" | grep -q "\"track\" : \"backend-engineer\"" && echo "$out" | grep -q "\"level\" : \"senior\"" && echo "$out" | grep -q "\"level_confidence\"" && echo "$out" | grep -q "\"required\""'

out=$(cat "$DATA/02-gitlab-backend-senior.md" | "$CLI" jd analyze -)
check "analyze reads stdin and prints a summary" 'echo "$out" | grep -q "Senior Backend Engineer" && echo "$out" | grep -q "Likely loop"'

out=$("$CLI" --db "$DB" --json jd import "$DATA/05-gitlab-frontend-senior.md")
check "import prints the new id" 'echo "$out" | grep -q "\"id\" : 1"'

out=$("$CLI" --db "$DB" jd import "$DATA/01-gitlab-backend-intermediate.md")
check "import without --json prints the id alone" '[ "$out" = "2" ]'

printf 'Jane\n- Vue.js and JavaScript for five years\n- Git every day\n' > "$TMP/cv.txt"
out=$("$CLI" --db "$DB" cv import "$TMP/cv.txt")
check "cv import prints its id" '[ "$out" = "1" ]'

out=$("$CLI" --db "$DB" --json cv gaps --job 1)
check "cv gaps --job uses the stored analysis and CV" \
  'echo "$out" | grep -q "\"matched\"" && echo "$out" | grep -q "Vue.js and JavaScript for five years"'

out=$("$CLI" --json cv gaps --jd "$DATA/05-gitlab-frontend-senior.md" --cv "$TMP/cv.txt")
check "cv gaps --jd FILE --cv FILE needs no database" 'echo "$out" | grep -q "\"missing\""'

: > "$TMP/empty.txt"
"$CLI" --db "$TMP/other.db" jd import "$TMP/empty.txt" > "$TMP/stdout" 2> "$TMP/stderr"
status=$?
check "an empty JD fails with a message on stderr" '[ $status -ne 0 ] && [ ! -s "$TMP/stdout" ] && grep -q "empty" "$TMP/stderr"'
check "a failed import creates no database" '[ ! -e "$TMP/other.db" ]'

printf 'bin\000ary' > "$TMP/bin.txt"
"$CLI" jd analyze "$TMP/bin.txt" > /dev/null 2> "$TMP/stderr"
check "binary input is refused" '[ $? -ne 0 ] && grep -q "not a text document" "$TMP/stderr"'

"$CLI" --db "$DB" cv gaps --job 99 > /dev/null 2> "$TMP/stderr"
check "an unknown job id fails" '[ $? -ne 0 ] && [ -s "$TMP/stderr" ]'

"$CLI" jd frobnicate > /dev/null 2>&1
check "an unknown sub-command is a usage error" '[ $? -eq 2 ]'

exit $fail
