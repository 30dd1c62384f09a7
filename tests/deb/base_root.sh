#!/usr/bin/env bash
# Makes (once) a clean Debian 12 root with debootstrap, as a new machine would have it, and
# keeps it as a tarball under ~/.cache/mingle/debian12-root/ so later runs only unpack it.
# Prints the tarball's path. The root's package lists are fetched once, when it is made; the
# packages a test installs into it are kept in the same cache folder (archives/).
#   tests/deb/base_root.sh            make it when missing, print its path
#   MINGLE_DEBIAN_MIRROR=URL          the mirror (default: the one this machine's apt uses)
set -euo pipefail
cache=${MINGLE_CACHE:-$HOME/.cache/mingle}/debian12-root
tarball=$cache/bookworm-minbase.tar
if [ -s "$tarball" ]; then echo "$tarball"; exit 0; fi

# The mirror this machine already uses for Debian, so nothing comes from anywhere else.
mirror=${MINGLE_DEBIAN_MIRROR:-$(grep -rhoE '(URIs:|deb) +https?://[^ ]+/debian/?( |$)' \
  /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | grep -oE 'https?://[^ ]+' | head -1 || true)}
mirror=${mirror:-http://deb.debian.org/debian}
command -v debootstrap >/dev/null || { echo "base_root: debootstrap is missing (scripts/install-deps.sh test)" >&2; exit 1; }

mkdir -p "$cache/archives/partial"
work=$(mktemp -d "$cache/make.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "==> Making a clean Debian 12 root with debootstrap from $mirror (once; cached in $cache)" >&2
debootstrap --variant=minbase bookworm "$work/root" "$mirror" >"$work/log" 2>&1 ||
  { tail -20 "$work/log" >&2; exit 1; }
# The security updates as well, as on a new machine; the lists are fetched now, once.
cat >"$work/root/etc/apt/sources.list" <<LIST
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian*}/debian-security bookworm-security main
LIST
chroot "$work/root" apt-get update -q >"$work/log" 2>&1 || { tail -20 "$work/log" >&2; exit 1; }
chroot "$work/root" apt-get clean
tar -C "$work/root" -cf "$work/base.tar" .
mv "$work/base.tar" "$tarball"
echo "$tarball"
