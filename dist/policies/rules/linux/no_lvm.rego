# METADATA
# title: No LVM on the OS disk
# description: |
#   The guide recommends against the Logical Volume Manager: the OS disk should carry a plain root
#   partition. Flags a root file system on a logical volume and volume groups recorded in the image.
# scope: package
# custom:
#   id: AZMP-LNX-008
#   severity: warning
#   guide: "§2.4"
#   stage: any
#   facts: [linux.storage.lvm.root_on_lvm, linux.storage.lvm.volume_groups]
#   remediation: |
#     Build the OS disk with a single plain root partition (no LVM), e.g. without the installer's LVM layout.
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

ok contains "no LVM: the root file system is a plain partition" if {
	lvm.root_on_lvm == false
	count(object.get(lvm, "volume_groups", [])) == 0
}
