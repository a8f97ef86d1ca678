# METADATA
# title: Exactly one OS disk, and one VHD per data disk
# description: |
#   An image has exactly one OS disk. When the image is delivered as VHDs (a VHD artifact, VHD footers or
#   SAS URIs among the facts), every data disk is delivered as its own VHD, even an empty one, unless it is
#   declared empty with a size (the guide's LogicalDiskSizeInGB). A managed image or gallery version carries
#   its data disks inside the artifact, so only the OS disk count applies there.
# scope: package
# custom:
#   id: AZMP-DSK-001
#   severity: error
#   guide: "§1, §4.1"
#   stage: any
#   facts: [disks.os_disk_count, disks.data, image.artifact_kind, disks.os.vhd, sas]
#   remediation: |
#     Publish one OS VHD. For each data disk, upload a VHD (an empty disk still needs one)
#     or declare it empty with its size in GB.
package vmimage.rules.disks.os_disk_count

import data.vmimage.lib

missing contains "disks.os_disk_count" if not lib.has("disks.os_disk_count")

deny contains {"msg": msg, "fact": "disks.os_disk_count"} if {
	n := input.disks.os_disk_count
	n != 1
	msg := sprintf("the image has %d OS disks; exactly one is required", [n])
}

# The image is published from VHD files (the guide's workflow) rather than a managed artifact.
vhd_delivery if input.image.artifact_kind == "vhd"

vhd_delivery if input.disks.os.vhd

vhd_delivery if count(object.get(input, "sas", [])) > 0

deny contains {"msg": msg, "fact": sprintf("disks.data.%d", [i])} if {
	vhd_delivery
	some i, d in input.disks.data
	not d.vhd
	not declared_empty(d)
	msg := sprintf("data disk at LUN %v has no VHD and is not declared empty with a size", [object.get(d, "lun", i)])
}

declared_empty(d) if {
	d.empty == true
	d.size_gb > 0
}

ok contains msg if {
	input.disks.os_disk_count == 1
	msg := sprintf("one OS disk, %d data disk(s)", [count(object.get(input.disks, "data", []))])
}
