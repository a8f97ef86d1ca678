# METADATA
# title: VHD size is whole MiB and the file is exactly size + footer
# description: |
#   Later certification (not the guide) requires each VHD's virtual size to be a whole number of MiB,
#   and the file or blob to be exactly the virtual size plus the 512-byte footer. Judged from the VHD
#   footer and the file or blob length. Off in the guide profile.
# scope: package
# custom:
#   id: AZMP-DSK-006
#   severity: error
#   guide: "(later)"
#   stage: any
#   facts: [disks.os.vhd.mib_aligned, disks.os.vhd.length_matches, disks.data]
#   remediation: |
#     Resize the raw disk to a whole number of MiB before converting
#     (`qemu-img resize -f raw disk.raw 30G`), then convert with `qemu-img convert -O vpc -o subformat=fixed,force_size`
#     and upload the .vhd unchanged (as a page blob, no trailing bytes).
package vmimage.rules.disks.vhd_geometry

import data.vmimage.lib
import data.vmimage.lib.disk

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "off in this profile: the guide has no VHD alignment rule (the current profile turns it on)" if {
	not lib.thresholds.disks.vhd_geometry_enabled
}

vhds contains ["disks.os", "the OS VHD", object.get(input, ["disks", "os"], {})]

vhds contains [sprintf("disks.data.%d", [i]), disk.data_label(d, i), d] if {
	some i, d in input.disks.data
	not declared_empty_without_vhd(d)
}

declared_empty_without_vhd(d) if {
	not d.vhd
	d.empty == true
}

missing contains "disks.data" if {
	applies
	not lib.has("disks.data")
}

missing contains sprintf("%s.vhd.%s", [p, k]) if {
	applies
	some [p, _, d] in vhds
	some k in ["mib_aligned", "length_matches"]
	object.get(d, ["vhd", k], null) == null
}

deny contains {"msg": msg, "fact": sprintf("%s.vhd.mib_aligned", [p])} if {
	some [p, label, d] in vhds
	d.vhd.mib_aligned == false
	msg := sprintf(
		"%s has a virtual size of %s, not a whole number of MiB; current certification rejects it: resize the disk to whole MiB before converting",
		[label, bytes(object.get(d.vhd, "current_size", null))],
	)
}

deny contains {"msg": msg, "fact": sprintf("%s.vhd.length_matches", [p])} if {
	some [p, label, d] in vhds
	d.vhd.length_matches == false
	msg := sprintf(
		"%s is %s long for a virtual size of %s; it must be exactly the virtual size + 512 bytes (the footer): upload the .vhd unchanged, with nothing appended or cut",
		[label, bytes(object.get(d.vhd, "length", null)), bytes(object.get(d.vhd, "current_size", null))],
	)
}

bytes(n) := sprintf("%d bytes", [n]) if is_number(n)

bytes(null) := "an unknown number of bytes"

ok contains msg if {
	applies
	count(missing) == 0
	msg := sprintf("%d VHD(s): whole-MiB virtual size, length = size + 512", [count(vhds)])
}
