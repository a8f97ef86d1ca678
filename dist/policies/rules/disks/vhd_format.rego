# METADATA
# title: VHDs are fixed-format
# description: |
#   Every VHD of the image (the OS disk and each data disk that has one) must be a fixed-format VHD:
#   the footer's cookie is "conectix", its disk type is fixed and its checksum is valid. The file may be
#   sparse. Judged from the VHD footer itself (the last 512 bytes of the file or blob); a data disk
#   declared empty without a VHD has no footer to judge.
# scope: package
# custom:
#   id: AZMP-DSK-005
#   severity: error
#   guide: "§2.1, §3.4"
#   stage: any
#   facts: [disks.os.vhd.cookie, disks.os.vhd.disk_type, disks.os.vhd.checksum_valid, disks.data]
#   remediation: |
#     Convert each disk to a fixed VHD: `qemu-img convert -f raw -O vpc -o subformat=fixed,force_size disk.raw disk.vhd`,
#     or `Convert-VHD -VHDType Fixed` on Windows. VHDX and dynamic VHDs are not accepted.
package vmimage.rules.disks.vhd_format

import data.vmimage.lib
import data.vmimage.lib.disk

# Every disk that must have a VHD: [fact path prefix, label, disk].
vhds contains ["disks.os", "the OS VHD", object.get(input, ["disks", "os"], {})]

vhds contains [sprintf("disks.data.%d", [i]), disk.data_label(d, i), d] if {
	some i, d in input.disks.data
	not declared_empty_without_vhd(d)
}

declared_empty_without_vhd(d) if {
	not d.vhd
	d.empty == true
}

missing contains "disks.data" if not lib.has("disks.data")

missing contains sprintf("%s.vhd", [p]) if {
	some [p, _, d] in vhds
	not d.vhd
}

missing contains sprintf("%s.vhd.%s", [p, k]) if {
	some [p, _, d] in vhds
	d.vhd
	some k in ["cookie", "disk_type"]
	object.get(d.vhd, k, null) == null
}

deny contains {"msg": msg, "fact": sprintf("%s.vhd.cookie", [p])} if {
	some [p, label, d] in vhds
	d.vhd.cookie != "conectix"
	msg := sprintf(
		"%s%s has footer cookie \"%s\", not \"conectix\": it is not a VHD (§2.1): convert the disk to a fixed VHD",
		[label, where(d), d.vhd.cookie],
	)
}

deny contains {"msg": msg, "fact": sprintf("%s.vhd.disk_type", [p])} if {
	some [p, label, d] in vhds
	d.vhd.cookie == "conectix"
	d.vhd.disk_type != "fixed"
	msg := sprintf(
		"%s%s is a %s VHD; the guide requires fixed-format VHDs, which may be sparse (§2.1, §3.4): convert it to a fixed VHD",
		[label, where(d), d.vhd.disk_type],
	)
}

deny contains {"msg": msg, "fact": sprintf("%s.vhd.checksum_valid", [p])} if {
	some [p, label, d] in vhds
	d.vhd.cookie == "conectix"
	d.vhd.checksum_valid == false
	msg := sprintf("%s%s has a VHD footer whose checksum does not match: the file is damaged; upload it again", [label, where(d)])
}

default where(_) := ""

where(d) := sprintf(" (%s)", [d.vhd.location]) if d.vhd.location

ok contains msg if {
	count(missing) == 0
	msg := sprintf("%d VHD(s), all fixed-format with cookie conectix", [count(vhds)])
}
