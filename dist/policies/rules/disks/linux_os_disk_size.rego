# METADATA
# title: Linux OS disk size
# description: |
#   The Linux OS VHD must be a fixed VHD of the size the profile asks for: below the minimum is an
#   error; outside the recommended range is a warning, because the guide considers Linux OS disks above
#   50 GB case by case. The size observed in the VHD footer outranks the declared size_gb.
#   Windows images are judged by AZMP-DSK-003 instead.
# scope: package
# custom:
#   id: AZMP-DSK-002
#   severity: error
#   guide: "§2.1.1"
#   stage: any
#   facts: [os.type, disks.os.size_gb, disks.os.vhd.current_size]
#   remediation: |
#     Build the Linux OS disk at 30–50 GB (a fixed VHD, sparse on disk), e.g. Packer's os_disk_size_gb = 30.
#     An OS disk above 50 GB needs a reason the marketplace will accept.
package vmimage.rules.disks.linux_os_disk_size

import data.vmimage.lib
import data.vmimage.lib.disk
import data.vmimage.lib.text

th := lib.thresholds.disks

os_disk := object.get(input, ["disks", "os"], {})

recommended := text.span(th.linux_os_recommended_min_gb, th.linux_os_recommended_max_gb)

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "Windows image: the OS disk size is AZMP-DSK-003's" if lib.is_windows

missing contains "os.type" if not lib.os_type

missing contains "disks.os.size_gb" if {
	applies
	not disk.has_size(os_disk)
}

size := disk.size_gb(os_disk)

fact := disk.size_fact("disks.os", os_disk)

deny contains {"msg": msg, "fact": fact, "severity": "error"} if {
	lib.is_linux
	size < th.linux_os_min_gb
	msg := sprintf(
		"the Linux OS disk is %v GB%s; %s requires at least %v GB (§2.1.1): build it at %s GB",
		[disk.show(size), disk.note(os_disk), text.authority, th.linux_os_min_gb, recommended],
	)
}

deny contains {"msg": msg, "fact": fact, "severity": "error"} if {
	lib.is_linux
	is_number(th.linux_os_max_gb)
	size > th.linux_os_max_gb
	msg := sprintf(
		"the Linux OS disk is %v GB%s; %s allows at most %v GB: shrink it, %s GB is recommended",
		[disk.show(size), disk.note(os_disk), text.authority, th.linux_os_max_gb, recommended],
	)
}

deny contains {"msg": msg, "fact": fact, "severity": "warning"} if {
	lib.is_linux
	size >= th.linux_os_min_gb
	size < th.linux_os_recommended_min_gb
	msg := sprintf(
		"the Linux OS disk is %v GB%s, below the recommended %s GB (§2.1.1): build it at %v GB or more",
		[disk.show(size), disk.note(os_disk), recommended, th.linux_os_recommended_min_gb],
	)
}

deny contains {"msg": msg, "fact": fact, "severity": "warning"} if {
	lib.is_linux
	size > th.linux_os_recommended_max_gb
	not above_hard_max
	msg := sprintf(
		"the Linux OS disk is %v GB%s, above the recommended %s GB; the guide considers larger Linux OS disks case by case (§2.1.1): shrink it to %v GB unless the SKU needs the space",
		[disk.show(size), disk.note(os_disk), recommended, th.linux_os_recommended_max_gb],
	)
}

above_hard_max if {
	is_number(th.linux_os_max_gb)
	size > th.linux_os_max_gb
}

ok contains msg if {
	applies
	lib.is_linux
	msg := sprintf("the Linux OS disk is %v GB%s (recommended %s GB)", [disk.show(size), disk.note(os_disk), recommended])
}
