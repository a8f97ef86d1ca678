# METADATA
# title: Exactly one root partition on the OS disk
# description: |
#   The OS disk carries a single root partition: /etc/fstab mounts exactly one file system at /, and (read
#   from the OS disk itself) exactly one partition holds an OS root (an ext file system with /etc/fstab). A
#   partition whose file system could not be read (XFS, btrfs, unknown) leaves the rule unknown.
# scope: package
# custom:
#   id: AZMP-LNX-009
#   severity: error
#   guide: "§2.4"
#   stage: any
#   facts: [linux.storage.mounts, disks.os.partition_table.partitions]
#   remediation: |
#     Partition the OS disk with one root partition and mount it once at / in /etc/fstab; delete any second
#     OS root partition from the OS disk.
package vmimage.rules.linux.single_root_partition

import data.vmimage.lib
import data.vmimage.lib.linux

mounts := input.linux.storage.mounts

roots := [sprintf("%s (/etc/fstab:%d)", [m.spec, m.line]) | some m in mounts; m.mountpoint == "/"]

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.storage.mounts" if not lib.has("linux.storage.mounts")

deny contains {"msg": msg, "fact": "linux.storage.mounts"} if {
	lib.has("linux.storage.mounts")
	count(roots) == 0
	msg := "/etc/fstab mounts no root file system; the guide requires a single root partition on the OS disk (§2.4): add the root partition to /etc/fstab"
}

deny contains {"msg": msg, "fact": "linux.storage.mounts"} if {
	count(roots) > 1
	msg := sprintf("/etc/fstab mounts %d file systems at /: %s; the guide requires a single root partition (§2.4): keep one", [count(roots), lib.join(roots)])
}

# The OS disk's own partitions (src/facts/disk/linux.ts), when its partition table was read.
parts := object.get(input, ["disks", "os", "partition_table", "partitions"], [])

# Partitions that cannot hold an OS root by their type or their contents (linux-boot: the discoverable
# partitions' XBOOTLDR type, /boot, which RHEL-family images often put on XFS).
not_root_kinds := {"bios-boot", "efi", "linux-boot", "swap", "microsoft", "lvm", "raid"}

not_root_fs := {"swap", "lvm-pv", "vfat"}

disk_roots := [p.number | some p in parts; p.holds_root == true]

# A partition that could be a root, but whose file system was not read.
undecided(p) if {
	not is_boolean(object.get(p, "holds_root", null))
	not p.kind in not_root_kinds
	not p.fs in not_root_fs
}

missing contains sprintf("disks.os.partition_table.partitions.%d.holds_root", [i]) if {
	count(disk_roots) < 2
	some i, p in parts
	undecided(p)
}

deny contains {"msg": msg, "fact": "disks.os.partition_table.partitions"} if {
	count(disk_roots) > 1
	msg := sprintf("partitions %s of the OS disk each hold an OS root (an ext file system with /etc/fstab); the guide requires a single root partition (§2.4): keep one and delete the others", [concat(", ", [sprintf("%d", [n]) | some n in disk_roots])])
}

ok contains msg if {
	count(disk_roots) == 1
	msg := sprintf("partition %d is the only OS root on the OS disk", [disk_roots[0]])
}

ok contains msg if {
	count(roots) == 1
	msg := sprintf("one root partition: %s", [roots[0]])
}
