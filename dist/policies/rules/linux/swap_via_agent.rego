# METADATA
# title: Swap, if wanted, through the agent on the resource disk
# description: |
#   Swap belongs on the VM's local resource disk, created by the agent (ResourceDisk.EnableSwap=y with
#   ResourceDisk.SwapSizeMB), never on the image's disks. A notice when swap is configured elsewhere or
#   the agent's swap is switched on without a size.
# scope: package
# custom:
#   id: AZMP-LNX-011
#   severity: notice
#   guide: "§2.4"
#   stage: any
#   facts: [linux.waagent.conf.settings, linux.storage.swap]
#   remediation: |
#     For swap, set ResourceDisk.EnableSwap=y and ResourceDisk.SwapSizeMB=<size> in /etc/waagent.conf
#     instead of a swap partition or file in the image.
package vmimage.rules.linux.swap_via_agent

import data.vmimage.lib
import data.vmimage.lib.linux

swap := input.linux.storage.swap

enable := linux.setting("ResourceDisk.EnableSwap")

size := linux.setting("ResourceDisk.SwapSizeMB")

on_disk := sum([count(object.get(swap, k, [])) | some k in ["fstab", "files", "units", "services"]])

# The agent reads the size as an integer; anything else makes no swap.
positive_mb(v) if {
	lib.digits(trim_space(v))
	lib.int_cmp(trim_space(v), "0") > 0
}

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.waagent.conf.present", "linux.storage.swap"])

deny contains {"msg": msg, "fact": "linux.storage.swap"} if {
	on_disk > 0
	msg := sprintf(
		"swap is configured on the image's disks (%d swap area(s), see AZMP-LNX-010); swap belongs on the resource disk (§2.4): set ResourceDisk.EnableSwap=y and ResourceDisk.SwapSizeMB in /etc/waagent.conf",
		[on_disk],
	)
}

deny contains {"msg": msg, "fact": size.fact} if {
	linux.on(enable)
	not positive_mb(size.value)
	msg := sprintf(
		"ResourceDisk.EnableSwap=y (%s) but ResourceDisk.SwapSizeMB is %s (%s), so the agent creates no swap (§2.4): set a size in MB",
		[enable.where, size.value, size.where],
	)
}

ok contains msg if {
	linux.on(enable)
	msg := sprintf("agent swap on the resource disk: %s MB (%s)", [size.value, size.where])
}

ok contains msg if {
	not linux.on(enable)
	msg := sprintf("no swap on the image's disks; agent swap off (ResourceDisk.EnableSwap=%s, %s)", [enable.value, enable.where])
}
