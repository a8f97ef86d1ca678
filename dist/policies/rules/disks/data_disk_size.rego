# METADATA
# title: Data disk size and count
# description: |
#   Each data disk VHD may be at most the profile's maximum size (the guide: 1 TB; current
#   certification: 1023 GB), and current certification accepts at most 16 data disks. The size
#   observed in a VHD footer outranks the declared size_gb. An image without data disks passes.
# scope: package
# custom:
#   id: AZMP-DSK-004
#   severity: error
#   guide: "§2.1.2, §3.4"
#   stage: any
#   facts: [disks.data]
#   remediation: |
#     Make each data disk at most 1 TB (1023 GB for current certification); end users cannot resize the
#     disks of an image, so size them for the workload. Keep at most 16 data disks.
package vmimage.rules.disks.data_disk_size

import data.vmimage.lib
import data.vmimage.lib.disk
import data.vmimage.lib.text

th := lib.thresholds.disks

disks := input.disks.data

missing contains "disks.data" if not lib.has("disks.data")

missing contains sprintf("disks.data.%d.size_gb", [i]) if {
	some i, d in disks
	not disk.has_size(d)
}

deny contains {"msg": msg, "fact": disk.size_fact(sprintf("disks.data.%d", [i]), d)} if {
	some i, d in disks
	size := disk.size_gb(d)
	size > th.data_disk_max_gb
	msg := sprintf(
		"%s is %v GB%s; %s allows at most %v GB per data disk (§2.1.2, §3.4): make it smaller",
		[disk.data_label(d, i), disk.show(size), disk.note(d), text.authority, th.data_disk_max_gb],
	)
}

deny contains {"msg": msg, "fact": "disks.data"} if {
	is_number(th.data_disk_max_count)
	count(disks) > th.data_disk_max_count
	msg := sprintf(
		"the image has %d data disks; %s accepts at most %d: drop the disks the SKU does not need",
		[count(disks), text.authority, th.data_disk_max_count],
	)
}

ok contains "no data disks" if count(disks) == 0

ok contains msg if {
	count(disks) > 0
	count(missing) == 0
	sizes := [sprintf("%v GB", [disk.show(disk.size_gb(d))]) | some d in disks]
	msg := sprintf("%d data disk(s): %s; at most %v GB each", [count(disks), lib.join(sizes), th.data_disk_max_gb])
}
