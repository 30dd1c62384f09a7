#!/usr/bin/env bash
# A folder or file of the content that cannot be read is an error at its path, for `mingle
# check` and for play, never an empty folder that checks clean. Run as an ordinary user (root
# reads everything, so as root the test drops to 'nobody' for the game's runs).
source "$(dirname "$0")/lib.sh" "$@"
chmod 755 "$WORK"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  "${as_user[@]}" test -x "$GAME" || { echo "ok: skipped ('nobody' cannot run $GAME here)"; exit 0; }
fi
cp -r "$CONTENT" "$WORK/c"
chmod -R a+rX "$WORK/c"

chmod 000 "$WORK/c/dialogues"
rc=0; out=$("${as_user[@]}" "$GAME" check "$WORK/c" 2>&1) || rc=$?
[ "$rc" -eq 1 ] || fail "an unreadable dialogues/ folder checked with exit $rc: $out"
grep -q "c/dialogues: error: this folder cannot be read: Permission denied \[E0101\]" <<<"$out" ||
  fail "the unreadable folder was not named: $out"
rc=0; out=$("${as_user[@]}" "$GAME" play --text "$WORK/c" </dev/null 2>&1) || rc=$?
[ "$rc" -eq 1 ] || fail "play of content with an unreadable dialogues/ gave exit $rc"
chmod 755 "$WORK/c/dialogues"
pass "an unreadable dialogues/ folder is an error at its path, for check and play"

chmod 000 "$WORK/c/people.yaml"
rc=0; out=$("${as_user[@]}" "$GAME" check "$WORK/c" 2>&1) || rc=$?
[ "$rc" -eq 1 ] || fail "an unreadable people.yaml checked with exit $rc"
grep -q "people.yaml: error: .*Permission denied \[E0101\]" <<<"$out" || fail "the unreadable file was not named: $out"
chmod 644 "$WORK/c/people.yaml"
pass "an unreadable file is an error at its path"

chmod 000 "$WORK/c"
rc=0; out=$("${as_user[@]}" "$GAME" check "$WORK/c" 2>&1) || rc=$?
[ "$rc" -ne 0 ] || fail "an unreadable scenario folder checked clean"
grep -q "Permission denied" <<<"$out" || fail "the unreadable scenario folder gave: $out"
chmod 755 "$WORK/c"
pass "an unreadable scenario folder is an error at its path"
