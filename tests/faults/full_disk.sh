#!/usr/bin/env bash
# A full disk: a small tmpfs made by the test (as root), else /dev/full. A save or results file
# that cannot be written says why, keeps the old file, never claims success, and gives exit 1
# under --strict (a save) or always (the results).
source "$(dirname "$0")/lib.sh" "$@"
DISK="$WORK/disk"
mkdir -p "$DISK"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=256k tmpfs "$DISK" 2>/dev/null; then
  trap 'umount "$DISK" 2>/dev/null; rm -rf "$WORK"' EXIT
  SAVE="$DISK/save.yaml"
  printf 'save %s\nquit\n' "$SAVE" | play --results "$DISK/r.json" >/dev/null
  loads "$SAVE" || fail "the first save on the small disk does not load"
  cp "$SAVE" "$WORK/before.yaml"
  cp "$DISK/r.json" "$WORK/before.json"
  dd if=/dev/zero of="$DISK/filler" bs=4k 2>/dev/null || true  # until the disk is full
  rc=0
  out=$(printf 'talk priya\nchoose 1\nsave %s\nquit\n' "$SAVE" | play --strict --results "$DISK/r.json" 2>&1) || rc=$?
  [ "$rc" -eq 1 ] || fail "a save on a full disk under --strict gave exit $rc"
  grep -q "Your game was not saved: .*No space left on device" <<<"$out" || fail "the failed save did not say why: $(grep -i save <<<"$out")"
  ! grep -q "Saved to" <<<"$out" || fail "a failed save claimed success"
  cmp -s "$SAVE" "$WORK/before.yaml" || fail "the failed save changed the old file"
  grep -q "The results file was not written: .*No space left on device" <<<"$out" || fail "the failed results write did not say why"
  ! grep -q "Results written to" <<<"$out" || fail "a failed results write claimed success"
  cmp -s "$DISK/r.json" "$WORK/before.json" || fail "the failed results write changed the old file"
  [ -z "$(find "$DISK" -name '.*mingle-tmp-*')" ] || fail "a failed write left its temporary file"
  # Without --strict a failed save is said and play goes on; the failed results still give 1.
  rc=0
  out=$(printf 'save %s\nquit\n' "$SAVE" | play --results "$DISK/r.json" 2>&1) || rc=$?
  [ "$rc" -eq 1 ] || fail "a results file that could not be written gave exit $rc"
  pass "a full tmpfs: saves and results are refused with the reason, old files kept, exit 1"
else
  rc=0
  out=$(printf 'save /dev/full\nquit\n' | play --strict --results /dev/full 2>&1) || rc=$?
  [ "$rc" -eq 1 ] || fail "a save to /dev/full under --strict gave exit $rc"
  grep -q "Your game was not saved" <<<"$out" || fail "the failed save was not said"
  ! grep -q "Saved to\|Results written to" <<<"$out" || fail "a failed write claimed success"
  [ -c /dev/full ] || fail "/dev/full is no longer a device"
  pass "no mount allowed here: writes to /dev/full are refused with a sentence and exit 1"
fi
