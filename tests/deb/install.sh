#!/usr/bin/env bash
# The Debian package on a new machine: installs mingle_*.deb with apt into a clean Debian 12
# root made by debootstrap (tests/deb/base_root.sh, cached), with nothing but what its Depends
# bring (no recommends), then, in that root: the files are where a desktop looks for them, the
# game finds its data in /usr/share/mingle, `mingle check` passes the bundled content, a golden
# terminal playthrough of the whole campaign gives the same transcript as tests/play says, and
# the window (under Xvfb on this machine, its X socket shared with the root) passes the GUI
# tests that show the title, play a scripted walk-and-talk and continue a save. Removing the
# package leaves none of its files behind.
#   tests/deb/install.sh PATH/TO/mingle_VERSION_amd64.deb
# Needs root (chroot, mounts); apt's downloads are kept in ~/.cache/mingle/debian12-root.
set -euo pipefail
deb=$(realpath "${1:?usage: install.sh PATH/TO/mingle_VERSION_amd64.deb}")
here=$(cd "$(dirname "$0")" && pwd)
tests=$(cd "$here/.." && pwd)
[ "$(id -u)" -eq 0 ] || { echo "FAIL: installing into a Debian root needs root (chroot, mount)"; exit 1; }
base=$("$here/base_root.sh")
cache=$(dirname "$base")

root=$(mktemp -d /var/tmp/mingle-deb-root.XXXXXX)
logs=$(mktemp -d)
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true; done
  # Shared folders (/tmp, /dev, the tests) are mounted inside the root: never delete through one.
  if grep -q " $root" /proc/mounts; then
    echo "warning: $root still has mounts; left in place" >&2
  else
    rm -rf --one-file-system "$root"
  fi
  rm -rf "$logs"
}
trap cleanup EXIT
bind() {  # bind HOST-PATH [ro]: the same path inside the root
  mkdir -p "$root$1"
  mount --bind "$1" "$root$1"
  mounts+=("$root$1")
  if [ "${2:-}" = ro ]; then mount -o remount,bind,ro "$root$1"; fi
}
fail() { echo "FAIL: $*"; exit 1; }
pass() { echo "ok: $*"; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

tar -C "$root" -xf "$base"
mkdir -p "$root/proc" && mount -t proc proc "$root/proc" && mounts+=("$root/proc")
bind /dev
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounts+=("$root/var/cache/apt/archives")
cp "$deb" "$root/tmp/"
name=$(basename "$deb")

# apt resolves Depends from the mirror; lists kept in the base may be older than the mirror,
# so a failed install is tried once more after refreshing them.
install_deb() { in_root apt-get install -y -q --no-install-recommends "/tmp/$name" >"$logs/apt.log" 2>&1; }
if ! install_deb; then
  in_root apt-get update -q >/dev/null 2>&1 || true
  install_deb || { tail -30 "$logs/apt.log"; fail "apt could not install $name in a clean Debian 12 root"; }
fi
pass "apt installed $name into a clean Debian 12 root, with $(grep -c '^Setting up' "$logs/apt.log") packages"

for f in /usr/bin/mingle /usr/share/mingle/dialogues/campaign.yaml /usr/share/mingle/schema/event.json \
         /usr/share/applications/mingle.desktop /usr/share/metainfo/org.mingle.Mingle.metainfo.xml \
         /usr/share/icons/hicolor/48x48/apps/mingle.png /usr/share/icons/hicolor/256x256/apps/mingle.png \
         /usr/share/man/man6/mingle.6.gz; do
  [ -e "$root$f" ] || fail "$f was not installed"
done
zcat "$root/usr/share/man/man6/mingle.6.gz" | grep -q '^\.TH MINGLE' || fail "the man page has no title"
zcat "$root/usr/share/man/man6/mingle.6.gz" | grep -q 'play' || fail "the man page does not list the subcommands"
pass "the game, its data, menu entry, metainfo, icons and man page are in place"

[ "$(in_root mingle --print-data-dir)" = /usr/share/mingle ] ||
  fail "the installed game looks for its data in '$(in_root mingle --print-data-dir)'"
in_root mingle --version | grep -q '^mingle ' || fail "mingle --version says '$(in_root mingle --version)'"
out=$(in_root mingle check /usr/share/mingle/dialogues 2>&1) || { echo "$out"; fail "mingle check failed on the installed content"; }
pass "the installed game finds /usr/share/mingle, and mingle check passes its content"

# The golden terminal playthrough of the whole campaign (tests/play/campaign-golden), as a
# trainee would type it, against the installed content.
golden=$tests/play/campaign-golden
work=$root/tmp/play
mkdir -p "$work"
cp "$golden/script.txt" "$work/"
in_root mingle play --text /usr/share/mingle/dialogues --seed "$(cat "$golden/seed")" \
  --script /tmp/play/script.txt --results /tmp/play/results.json >"$work/transcript.txt" 2>&1 ||
  { tail -20 "$work/transcript.txt"; fail "mingle play --text did not finish the golden campaign"; }
sed -i 's|/tmp/play/results.json|RESULTS|g' "$work/transcript.txt"
diff -u "$golden/transcript.txt" "$work/transcript.txt" | head -20 >&2 || true
cmp -s "$golden/transcript.txt" "$work/transcript.txt" ||
  fail "the installed game's playthrough differs from tests/play/campaign-golden/transcript.txt"
pass "mingle play --text plays the golden campaign, transcript identical ($(wc -l <"$work/transcript.txt") lines)"

# The window: the GUI tests run the installed game through a wrapper that enters the root. They
# keep their files under /tmp and the X server's socket is there too, so /tmp is shared, and
# their fixtures are read from this checkout's tests folder at the same path.
bind /tmp
bind "$tests" ro
wrapper=$(mktemp /tmp/mingle-in-root.XXXXXX)
cat >"$wrapper" <<WRAP
#!/bin/sh
exec chroot "$root" /usr/bin/mingle "\$@"
WRAP
chmod +x "$wrapper"
for t in title_menu room_play new_and_continue; do
  bash "$tests/gui/$t.sh" "$wrapper" >"$logs/gui-$t.log" 2>&1 ||
    { rm -f "$wrapper"; cat "$logs/gui-$t.log"; fail "the installed game's window failed tests/gui/$t.sh"; }
  pass "the installed window passes tests/gui/$t.sh ($(grep -c '^ok:' "$logs/gui-$t.log") checks)"
done
rm -f "$wrapper"

in_root apt-get remove -y -q mingle >/dev/null 2>&1 || fail "apt could not remove mingle"
left=$(in_root sh -c 'ls -d /usr/bin/mingle /usr/share/mingle /usr/share/applications/mingle.desktop 2>/dev/null' || true)
[ -z "$left" ] || fail "removing the package left $left"
pass "apt remove takes every file of the package away again"
