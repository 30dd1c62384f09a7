#!/usr/bin/env bash
# A 100 MB input line, under a memory limit well below what holding it would take: the line is
# skipped with a sentence, play goes on, the results are written. A script over its size cap, or
# a folder given as the script, is refused before it is read.
source "$(dirname "$0")/lib.sh" "$@"
rc=0
out=$( { printf 'talk priya\n'; head -c 100000000 /dev/zero | tr '\0' 'a'; printf '\nchoose 1\nquit\n'; } |
  ( ulimit -v 400000; "$GAME" play --text "$CONTENT" --results "$WORK/r.json" ) 2>&1 ) || rc=$?
[ "$rc" -eq 0 ] || fail "a 100 MB line under a 400 MB memory limit gave exit $rc: $(tail -3 <<<"$out")"
grep -q "longer than 8192 bytes" <<<"$out" || fail "the long line was not reported"
[ "$(json "$WORK/r.json" 'r["commands"]')" = "['talk priya', 'choose 1']" ] || fail "play did not go on after the long line"
pass "a 100 MB line is skipped with a sentence, in bounded memory"

# At the limit and one past it.
line=$(printf 'wait 1%*s' 8186 '')  # "wait 1" and spaces: 8192 bytes
[ ${#line} -eq 8192 ] || fail "test line is ${#line} bytes"
out=$(printf '%s\nquit\n' "$line" | play 2>&1)
! grep -q "longer than 8192" <<<"$out" || fail "a line of exactly 8192 bytes was refused"
out=$(printf '%s \nquit\n' "$line" | play 2>&1)
grep -q "longer than 8192" <<<"$out" || fail "a line of 8193 bytes was taken"
pass "a command line of 8192 bytes is read, 8193 is refused"

head -c $((4 * 1024 * 1024)) /dev/zero | tr '\0' '#' >"$WORK/at-limit.txt"
play --script "$WORK/at-limit.txt" >/dev/null 2>&1 || fail "a script of exactly 4 MiB was refused"
printf '#' >>"$WORK/at-limit.txt"
rc=0; out=$(play --script "$WORK/at-limit.txt" 2>&1) || rc=$?
[ "$rc" -eq 1 ] && grep -q "the limit is 4194304" <<<"$out" || fail "a script one byte over 4 MiB: exit $rc, $out"
rc=0; out=$(play --script "$WORK" 2>&1) || rc=$?
[ "$rc" -eq 1 ] && grep -q "it is a folder" <<<"$out" || fail "a folder as the script: exit $rc, $out"
pass "scripts over 4 MiB and folders are refused before they are read"
