#!/usr/bin/env bash
# Makes the VHD fixtures used by test/vhd and test/sas, with Debian's qemu-utils, under .cache/vhds/.
# Idempotent: does nothing when the set (of this script's version) is already there.
#   --no-install   do not apt-get install qemu-utils when qemu-img is missing (tests call it this way)
# Fixed VHDs are sparse on disk: the 30 GiB and 128 GiB ones take a few KiB.
set -euo pipefail

VERSION=3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${VMIP_VHD_DIR:-$root/.cache/vhds}"
install=1
[[ "${1:-}" == "--no-install" ]] && install=0

# The Debian-root disks (test/disk) are made once the roots exist: the stamp says whether they were.
roots="${VMIP_ROOTS_DIR:-$root/.cache/roots}"
stamp="$VERSION"
[[ -d "$roots/base/etc" ]] && stamp="$VERSION roots"
if [[ -f "$out/.stamp" && "$(cat "$out/.stamp")" == "$stamp" ]]; then
  echo "make-vhds: up to date in $out"
  exit 0
fi

if ! command -v qemu-img >/dev/null 2>&1 || ! command -v sfdisk >/dev/null 2>&1; then
  if [[ $install == 1 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq qemu-utils fdisk e2fsprogs >/dev/null
  else
    echo "make-vhds: qemu-img or sfdisk not found (apt-get install qemu-utils fdisk)" >&2
    exit 3
  fi
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/make-vhds.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# A sparse raw disk of size $2 with a few non-zero sectors (an MBR boot signature, a marker at 1 MiB and one
# near the end), so that uploads have real pages to send and the rest stays holes.
raw() {
  local f="$1" size="$2"
  truncate -s "$size" "$f"
  printf '\x55\xaa' | dd of="$f" bs=1 seek=510 conv=notrunc status=none
  printf 'vm-image-policy test disk' | dd of="$f" bs=1 seek=1048576 conv=notrunc status=none
  local bytes
  bytes=$(stat -c %s "$f")
  printf 'end marker' | dd of="$f" bs=1 seek=$((bytes - 4096)) conv=notrunc status=none
}

fixed() { # name size
  raw "$tmp/$1.raw" "$2"
  qemu-img convert -q -f raw -O vpc -o subformat=fixed,force_size=on "$tmp/$1.raw" "$tmp/$1.vhd"
  rm -f "$tmp/$1.raw"
  mv "$tmp/$1.vhd" "$out/$1.vhd"
}

fixed fixed-30g 30G
fixed fixed-128g 128G
fixed fixed-16m 16M

# Dynamic (expanding) VHD: a header copy at the start, the footer at the end, length far below the size.
raw "$tmp/dyn.raw" 1G
qemu-img convert -q -f raw -O vpc -o subformat=dynamic,force_size=on "$tmp/dyn.raw" "$out/dynamic-1g.vhd"
rm -f "$tmp/dyn.raw"

# Without force_size qemu-img rounds the size to a CHS geometry: 100M becomes 104865792 bytes, not whole MiB.
qemu-img create -q -f vpc -o subformat=fixed "$tmp/unaligned.vhd" 100M
mv "$tmp/unaligned.vhd" "$out/unaligned-100m.vhd"

# A fixed VHD cut short (an interrupted copy): the footer is gone.
cp --sparse=always "$out/fixed-16m.vhd" "$tmp/truncated.vhd"
truncate -s 12M "$tmp/truncated.vhd"
mv "$tmp/truncated.vhd" "$out/truncated.vhd"

# Not a VHD at all: a qcow2 image (a common mistake) of 1 GiB.
qemu-img create -q -f qcow2 "$tmp/image.qcow2" 1G
mv "$tmp/image.qcow2" "$out/not-a-vhd.qcow2"

# Partitioned disks holding the Debian test root (ext4 made with mkfs.ext4 -d, no mount): GPT (Gen2
# layout: BIOS boot, EFI system, root) and MBR (Gen1: one bootable root). test/disk compares their facts
# with probe.sh --root on the same root.
if [[ -d "$roots/base/etc" ]]; then
  for layout in gpt mbr; do
    bash "$root/scripts/make-disk.sh" "$roots/base" "$tmp/debian-$layout.vhd" "$layout" 1600 1400
    mv "$tmp/debian-$layout.vhd" "$out/debian-$layout.vhd"
  done
fi

echo "$stamp" >"$out/.stamp"
echo "make-vhds: made $(find "$out" -maxdepth 1 -type f ! -name .stamp | wc -l) files in $out"
