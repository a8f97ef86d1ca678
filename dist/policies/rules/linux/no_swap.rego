# METADATA
# title: No swap partition or swap file on the OS or data disks
# description: |
#   No swap on the image's disks, mounted or not: no swap entry in /etc/fstab, no swap file (found by its
#   signature), and on a live system no active swap.
# scope: package
# custom:
#   id: AZMP-LNX-010
#   severity: error
#   guide: "§2.4"
#   stage: any
#   facts: [linux.storage.swap.fstab, linux.storage.swap.files, linux.storage.swap.active]
#   remediation: |
#     Remove swap entries from /etc/fstab, delete swap files and swap partitions; if swap is needed, let the
#     agent create it on the resource disk (ResourceDisk.EnableSwap=y in /etc/waagent.conf).
package vmimage.rules.linux.no_swap

import data.vmimage.lib.linux

swap := input.linux.storage.swap

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.storage.swap.fstab", "linux.storage.swap.files"])

deny contains {"msg": msg, "fact": sprintf("linux.storage.swap.fstab.%d", [i])} if {
	some i, e in swap.fstab
	msg := sprintf("swap %s in /etc/fstab:%d; the guide forbids swap on the OS and data disks (§2.4): remove it and use ResourceDisk.EnableSwap", [e.spec, e.line])
}

deny contains {"msg": msg, "fact": sprintf("linux.storage.swap.files.%d", [i])} if {
	some i, f in swap.files
	msg := sprintf("swap file %s (%d bytes); the guide forbids swap on the OS and data disks (§2.4): delete it and use ResourceDisk.EnableSwap", [f.path, f.size])
}

deny contains {"msg": msg, "fact": "linux.storage.swap.active"} if {
	some s in object.get(swap, "active", [])
	msg := sprintf("swap %s is active; the guide forbids swap on the OS and data disks (§2.4): swapoff it and remove it", [s])
}

ok contains "no swap in /etc/fstab, no swap files" if {
	count(swap.fstab) == 0
	count(swap.files) == 0
	count(object.get(swap, "active", [])) == 0
}
