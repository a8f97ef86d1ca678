# METADATA
# title: No LVM on the OS disk
# description: |
#   The guide recommends against the Logical Volume Manager: the OS disk should carry a plain root
#   partition. Flags a root file system on a logical volume, volume groups recorded in the image, and
#   (read from the OS disk itself) a partition typed as LVM or carrying an LVM2 physical-volume label.
# scope: package
# custom:
#   id: AZMP-LNX-008
#   severity: warning
#   guide: "§2.4"
#   stage: any
#   facts: [linux.storage.lvm.root_on_lvm, linux.storage.lvm.volume_groups, disks.os.partition_table.partitions]
#   remediation: |
#     Build the OS disk with a single plain root partition (no LVM), e.g. without the installer's LVM layout;
#     delete any LVM physical-volume partition from the OS disk.
package vmimage.rules.linux.no_lvm

import data.vmimage.lib
import data.vmimage.lib.linux

lvm := input.linux.storage.lvm

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.storage.lvm" if not lib.has("linux.storage.lvm")

deny contains {"msg": msg, "fact": "linux.storage.lvm.root_on_lvm"} if {
	lvm.root_on_lvm == true
	msg := sprintf("%s: the root file system is on LVM; the guide recommends no LVM on the OS disk (§2.4): use a plain root partition", [object.get(lvm, "evidence", "LVM")])
}

deny contains {"msg": msg, "fact": "linux.storage.lvm.volume_groups"} if {
	count(object.get(lvm, "volume_groups", [])) > 0
	msg := sprintf("the image records LVM volume group(s) %s (/etc/lvm/backup); the guide recommends no LVM on the OS disk (§2.4): use a plain root partition", [lib.join(lvm.volume_groups)])
}

# The OS disk's own partitions (src/facts/disk/linux.ts), when its partition table was read.
parts := object.get(input, ["disks", "os", "partition_table", "partitions"], [])

marks(p) := [m |
	some m in [
		{"on": p.kind == "lvm", "what": sprintf("its partition type %s is Linux LVM", [p.type])},
		{"on": p.fs == "lvm-pv", "what": "it carries an LVM2 physical-volume label"},
	]
	m.on
]

deny contains {"msg": msg, "fact": sprintf("disks.os.partition_table.partitions.%d", [i])} if {
	some i, p in parts
	count(marks(p)) > 0
	msg := sprintf("partition %d of the OS disk is an LVM physical volume (%s); the guide recommends no LVM on the OS disk (§2.4): use a plain root partition and delete that partition", [p.number, concat(" and ", [m.what | some m in marks(p)])])
}

ok contains "no LVM: the root file system is a plain partition" if {
	lvm.root_on_lvm == false
	count(object.get(lvm, "volume_groups", [])) == 0
}
