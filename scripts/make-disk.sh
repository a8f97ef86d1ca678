#!/usr/bin/env bash
# Makes a partitioned fixed VHD holding an ext4 made from a root directory, without mounting anything:
#   make-disk.sh ROOT OUT.vhd gpt|mbr [SIZE_MIB] [ROOT_MIB]
# gpt: 1 BIOS boot (1 MiB), 2 EFI system (100 MiB), 3 Linux root (Gen2 layout). mbr: 1 Linux root, bootable (Gen1).
# The ext4 is written in place with mkfs.ext4 -d ROOT -E offset=..., then qemu-img makes a fixed VHD.
set -euo pipefail
root="${1:?root dir}"
out="${2:?output .vhd}"
layout="${3:?gpt or mbr}"
size_mib="${4:-2048}"
root_mib="${5:-$((size_mib - 200))}"
[[ -d "$root" ]] || { echo "make-disk: $root is not a directory" >&2; exit 2; }
for t in sfdisk mkfs.ext4 qemu-img; do
  command -v "$t" >/dev/null || { echo "make-disk: $t not found (apt-get install fdisk e2fsprogs qemu-utils)" >&2; exit 3; }
done
tmp="$(mktemp -d "${TMPDIR:-/tmp}/make-disk.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
raw="$tmp/disk.raw"
truncate -s "${size_mib}M" "$raw"
case $layout in
gpt)
  start=$((102 * 2048))
  printf 'label: gpt\nstart=2048, size=2048, type=21686148-6449-6E6F-744E-656564454649\nstart=4096, size=204800, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B\nstart=%s, size=%s, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4\n' \
    "$start" "$((root_mib * 2048))" | sfdisk -q "$raw"
  ;;
mbr)
  start=2048
  printf 'label: dos\nstart=2048, size=%s, type=83, bootable\n' "$((root_mib * 2048))" | sfdisk -q "$raw"
  ;;
*) echo "make-disk: layout must be gpt or mbr" >&2; exit 2 ;;
esac
if [[ -n "${MAKE_DISK_DEBUGFS:-}" ]]; then
  # Hostile test disks: debugfs commands (a file of them) applied to the filesystem before it is placed.
  mkfs.ext4 -q -F -d "$root" -L cloudimg-rootfs "$tmp/fs.img" "$((root_mib * 1024))k"
  debugfs -w -f "$MAKE_DISK_DEBUGFS" "$tmp/fs.img" >/dev/null 2>&1
  dd if="$tmp/fs.img" of="$raw" bs=1M seek=$((start / 2048)) conv=notrunc,sparse status=none
else
  mkfs.ext4 -q -F -d "$root" -L cloudimg-rootfs -E offset=$((start * 512)) "$raw" "$((root_mib * 1024))k"
fi
qemu-img convert -q -f raw -O vpc -o subformat=fixed,force_size=on "$raw" "$tmp/out.vhd"
mv "$tmp/out.vhd" "$out"
