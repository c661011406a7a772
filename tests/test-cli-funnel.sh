#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# calibrd-cli process and offer, end to end on a temp database: stages and
# outcomes with their rules, offers totalled per currency and never mixed,
# comp data with bad rows named by line, and every refusal leaving the
# database as it was.
set -u
CLI="${CALIBRD_CLI:?}"
DATA="${G_TEST_SRCDIR:?}/data/jds"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/test.db"
. "$(dirname "$0")/tap.sh"
cli () { "$CLI" --db "$DB" "$@"; }
# The value of one "key" : value line of the JSON on stdin.
field () { sed -n "s/^ *\"$1\" : \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" | head -n 1; }
stored () { sqlite3 "$DB" "$1"; }

echo "1..15"

cli jd import "$DATA/02-gitlab-backend-senior.md" > /dev/null
cli jd import "$DATA/05-gitlab-frontend-senior.md" > /dev/null

out=$(cli process add --job 1 --stage applied --source referral --next-step "Send the portfolio" --due 2026-12-03)
check "process add prints the new id" '[ "$out" = "1" ]'

out=$(cli --json process list)
check "process list --json carries the stage, source and next step" \
  '[ "$(echo "$out" | field stage)" = "applied" ] && [ "$(echo "$out" | field source)" = "referral" ] && [ "$(echo "$out" | field next_step_due)" = "2026-12-03" ]'

out=$(cli --json process add --job 2)
check "a process starts as saved and live" \
  '[ "$(echo "$out" | field stage)" = "saved" ] && [ "$(echo "$out" | field live)" = "true" ]'

cli process move 1 recruiter-screen > /dev/null
check "move changes the stage and records the step" \
  '[ "$(stored "SELECT stage FROM processes WHERE id = 1")" = "recruiter-screen" ] && [ "$(stored "SELECT count(*) FROM process_events WHERE process_id = 1")" -ge 2 ]'

before=$(stored "SELECT stage || count(*) FROM processes JOIN process_events ON process_events.process_id = processes.id WHERE processes.id = 1")
cli process move 1 lunch > "$TMP/out" 2> "$TMP/err"
status=$?
check "an unknown stage is refused with the stages to choose from" \
  '[ $status -ne 0 ] && [ ! -s "$TMP/out" ] && grep -q "recruiter-screen" "$TMP/err"'
check "the refused move changed nothing" \
  '[ -n "$before" ] && [ "$(stored "SELECT stage || count(*) FROM processes JOIN process_events ON process_events.process_id = processes.id WHERE processes.id = 1")" = "$before" ]'

out=$(cli --json process end 2 rejected)
check "end sets the outcome and the process is no longer live" \
  '[ "$(echo "$out" | field outcome)" = "rejected" ] && [ "$(echo "$out" | field live)" = "false" ] && [ -n "$(echo "$out" | field ended_on)" ]'

out=$(cli --json process reopen 2)
check "reopen makes it live again without an outcome" \
  '[ "$(echo "$out" | field outcome)" = "null" ] && [ "$(echo "$out" | field live)" = "true" ]'

cli process end 2 hired > /dev/null 2> "$TMP/err"
status=$?
outcome_length=$(stored "SELECT length(coalesce(outcome, char())) FROM processes WHERE id = 2")
check "an unknown outcome is refused" '[ $status -ne 0 ] && [ -s "$TMP/err" ] && [ "$outcome_length" = "0" ]'

# 90,000 base + 10 % bonus + 1,000 units × 20 vesting over four years.
cli offer add --process 1 --currency EUR --base 90000 --bonus-pct 10 --units 1000 --price 20 \
  --vesting-years 4 --cliff-months 12 > /dev/null
cli offer add --process 2 --currency USD --base 120000 > /dev/null
out=$(cli offer compare)
check "compare totals the first year: base, bonus and a quarter of the equity" \
  'echo "$out" | grep -q "first year 104000"'
check "offers in different currencies are ranked apart, never added up" \
  'echo "$out" | grep -q "^EUR" && echo "$out" | grep -q "^USD" && echo "$out" | grep -q "never converted"'

cli offer add --process 99 --currency EUR --base 1 > /dev/null 2> "$TMP/err"
status=$?
check "an offer for a process that does not exist is refused and not stored" \
  '[ $status -ne 0 ] && grep -q "99" "$TMP/err" && [ "$(stored "SELECT count(*) FROM offers")" = "2" ]'

printf 'company,level,base,bonus,equity_per_year,currency\nAcme,senior,95000,5000,10000,EUR\nBeta,senior,lots,0,0,EUR\nGamma,senior,110000,0,20000,EUR\n' > "$TMP/comp.csv"
cli offer import-comp "$TMP/comp.csv" > "$TMP/out" 2> "$TMP/err"
status=$?
check "import-comp keeps the good rows and names the bad one by line" \
  '[ $status -eq 0 ] && cat "$TMP/out" "$TMP/err" | grep -q "3" && [ "$(stored "SELECT count(*) FROM comp_points")" = "2" ]'

out=$(cli offer compare)
check "with comp points of the same currency and level, compare gives a percentile" \
  'echo "$out" | grep -q "percentile"'

cli process ics 1 -o "$TMP/p.ics" > /dev/null 2> "$TMP/err"
status=$?
check "ics without dated rounds says what to do and writes no file" \
  '[ $status -ne 0 ] && grep -q "date" "$TMP/err" && [ ! -e "$TMP/p.ics" ]'

exit $fail
