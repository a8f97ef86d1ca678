# METADATA
# title: Windows OS disk size
# description: |
#   The Windows OS VHD must have the size the profile asks for: exactly 128 GB in the guide (the size
#   of the approved base images), 30–250 GB for current certification. The size observed in the VHD
#   footer outranks the declared size_gb. Linux images are judged by AZMP-DSK-002 instead.
# scope: package
# custom:
#   id: AZMP-DSK-003
#   severity: error
#   guide: "§3.4"
#   stage: any
#   facts: [os.type, disks.os.size_gb, disks.os.vhd.current_size]
#   remediation: |
#     Keep the approved base image's 128 GB fixed OS VHD as it is: don't convert or resize it
#     (Packer: os_disk_size_gb = 128, or leave it unset for marketplace base images).
package vmimage.rules.disks.windows_os_disk_size

import data.vmimage.lib
import data.vmimage.lib.disk
import data.vmimage.lib.text

th := lib.thresholds.disks

os_disk := object.get(input, ["disks", "os"], {})

required := sprintf("exactly %v GB", [th.windows_os_min_gb]) if th.windows_os_min_gb == th.windows_os_max_gb

required := sprintf("%s GB", [text.span(th.windows_os_min_gb, th.windows_os_max_gb)]) if th.windows_os_min_gb != th.windows_os_max_gb

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "Linux image: the OS disk size is AZMP-DSK-002's" if lib.is_linux

missing contains "os.type" if not lib.os_type

missing contains "disks.os.size_gb" if {
	applies
	not disk.has_size(os_disk)
}

size := disk.size_gb(os_disk)

outside if size < th.windows_os_min_gb

outside if size > th.windows_os_max_gb

deny contains {"msg": msg, "fact": disk.size_fact("disks.os", os_disk)} if {
	lib.is_windows
	outside
	msg := sprintf(
		"the Windows OS disk is %v GB%s; %s requires %s (§3.4): keep the base image's fixed OS VHD at that size",
		[disk.show(size), disk.note(os_disk), text.authority, required],
	)
}

ok contains msg if {
	applies
	lib.is_windows
	not outside
	msg := sprintf("the Windows OS disk is %v GB%s (%s)", [disk.show(size), disk.note(os_disk), required])
}
