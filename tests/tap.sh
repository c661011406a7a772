# tests/tap.sh — sourced by the shell tests: TAP lines, numbered.
#
#   ok "what held"              ok N - what held
#   bad "what did not"          not ok N - …, and the script will exit 1
#   skip "what" "why"           ok N - what # SKIP why
#   check "what" 'SHELL TEST'   ok or not ok, by the test's status
#
# End the script with `exit $fail`.
# SPDX-License-Identifier: GPL-3.0-or-later
n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
bad () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
check () { if eval "$2"; then ok "$1"; else bad "$1"; fi; }
