#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-security.sh SOURCE_ROOT — what Calibrd promises about privacy,
# checked on the source: no network code in src/, no program started from
# src/ (so no user text can reach a shell), and the Flatpak sandbox holds
# exactly the five permissions it needs. TAP.
set -u
top=${1:?usage: check-security.sh SOURCE_ROOT}
. "$(dirname "$0")/tap.sh"
echo "1..3"

# C code with comments and string literals blanked out, one line per line.
code () {
  /usr/bin/python3 - "$top/src" <<'PY'
import os, re, sys
token = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
def blank(m):
    s = m.group(0)
    return re.sub(r'[^\n]', ' ', s) if not s.startswith('"') else '""' + '\n' * s.count('\n')
for root, _, files in os.walk(sys.argv[1]):
    for name in sorted(files):
        if name.endswith(('.c', '.h')):
            path = os.path.join(root, name)
            text = token.sub(blank, open(path, encoding='utf-8', errors='replace').read())
            for i, line in enumerate(text.split('\n'), 1):
                print('%s:%d:%s' % (path, i, line))
PY
}
code > "${TMPDIR:-/tmp}/calibrd-sec.$$"
trap 'rm -f "${TMPDIR:-/tmp}/calibrd-sec.$$"' EXIT
all="${TMPDIR:-/tmp}/calibrd-sec.$$"

# 1. No network: sockets, resolvers, HTTP clients, GIO's network classes.
net=$(grep -E '\b(socket|connect|bind|listen|accept|getaddrinfo|gethostbyname|sendto|recvfrom) ?\(|GSocket|GResolver|GNetwork|g_network_|g_socket_|g_resolver_|SoupSession|soup_|curl_|CURL' "$all")
# http:// or https:// in a string literal of C code (URLs in comments and
# in data/ metadata are fine): checked on the raw sources.
urls=$(grep -rnE '"[^"]*https?://' "$top/src" --include=*.c --include=*.h | grep -vE '^\S+:[0-9]+:\s*(\*|/\*|//)')
if [ -z "$net$urls" ]; then
  ok "no network code in src/"
else
  bad "network code in src/:"; printf '%s\n%s\n' "$net" "$urls" | sed '/^$/d; s/^/#   /'
fi

# 2. Nothing started from src/: no g_spawn, GSubprocess, system, popen, exec.
# If one is ever needed it must take an argv array of fixed strings; list it
# here with the reason and keep user text out of it.
spawn=$(grep -E '\b(g_spawn_[a-z_]+|g_subprocess_[a-z_]+|GSubprocess|system|popen|execl|execlp|execle|execv|execvp|execvpe|posix_spawn|posix_spawnp|g_app_info_create_from_commandline) ?\(' "$all")
if [ -z "$spawn" ]; then
  ok "no program is started from src/ (no g_spawn, GSubprocess, system, popen, exec)"
else
  bad "programs started from src/ (each must be reviewed: no user text in argv or a shell):"
  printf '%s\n' "$spawn" | sed 's/^/#   /'
fi

# 3. The sandbox: exactly these finish-args, nothing more (no --share=network,
# no --filesystem: files come through the portal).
args=$(/usr/bin/python3 -c '
import json, sys
print("\n".join(sorted(json.load(open(sys.argv[1]))["finish-args"])))' "$top/com.calibrd.App.json")
want=$(printf '%s\n' --device=dri --share=ipc --socket=fallback-x11 --socket=pulseaudio --socket=wayland | sort)
if [ "$args" = "$want" ]; then
  ok "the Flatpak finish-args are exactly the five allowed"
else
  bad "the Flatpak finish-args differ from the five allowed:"; printf '%s\n' "$args" | sed 's/^/#   /'
fi

exit $fail
