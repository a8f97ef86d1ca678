# METADATA
# title: Exactly one root partition on the OS disk
# description: |
#   The OS disk carries a single root partition: /etc/fstab mounts exactly one file system at /.
# scope: package
# custom:
#   id: AZMP-LNX-009
#   severity: error
#   guide: "§2.4"
#   stage: any
#   facts: [linux.storage.mounts]
#   remediation: |
#     Partition the OS disk with one root partition and mount it once at / in /etc/fstab.
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

ok contains msg if {
	count(roots) == 1
	msg := sprintf("one root partition: %s", [roots[0]])
}
