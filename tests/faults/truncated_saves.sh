#!/usr/bin/env bash
# A save cut at every tenth of its length, or with one byte changed, is refused with a sentence
# (exit 1 under --strict), never loaded in part.
source "$(dirname "$0")/lib.sh" "$@"
SAVE="$WORK/full.yaml"
printf 'talk priya\nchoose 1\nchoose 2\nsave %s\nquit\n' "$SAVE" | play >/dev/null
loads "$SAVE" || fail "the whole save does not load"
size=$(stat -c %s "$SAVE")
for tenth in 0 1 2 3 4 5 6 7 8 9; do
  cut="$WORK/cut-$tenth.yaml"
  head -c $(( size * tenth / 10 )) "$SAVE" >"$cut"
  refused_with_sentence "$cut" || fail "a save cut to $tenth/10 of its length was not refused with a sentence"
done
head -c $(( size - 1 )) "$SAVE" >"$WORK/cut-last.yaml"
refused_with_sentence "$WORK/cut-last.yaml" || fail "a save missing its last byte was not refused"
sed "s/^clock: .*/clock: 1060/" "$SAVE" >"$WORK/edited.yaml"
cmp -s "$SAVE" "$WORK/edited.yaml" && fail "the edit did not change the save (test data moved?)"
refused_with_sentence "$WORK/edited.yaml" || fail "a save changed by hand was not refused"
pass "saves cut at every 10%, or changed, are refused with a sentence"
