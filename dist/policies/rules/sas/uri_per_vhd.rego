# METADATA
# title: One SAS URI for the OS VHD and for each data VHD
# description: |
#   Certification reads every VHD of the SKU through its own SAS URI: one for the OS VHD and one for
#   each data disk's VHD (by LUN), no more, no less. A data disk declared empty without a VHD needs none.
# scope: package
# custom:
#   id: AZMP-SAS-001
#   severity: error
#   guide: "§5.2, §5.3.9–11"
#   stage: any
#   facts: [sas, disks.data]
#   remediation: |
#     Give one SAS URI per VHD: `sas-uris: os=<url>` plus `lun0=<url>` … for each data disk
#     (CLI: `--sas os=URL --sas lun0=URL`), each pointing at that disk's .vhd blob.
package vmimage.rules.sas.uri_per_vhd

import data.vmimage.lib
import data.vmimage.lib.sas

missing contains "sas" if not lib.has("sas")

missing contains "disks.data" if not lib.has("disks.data")

missing contains sprintf("disks.data.%d.lun", [i]) if {
	some i, d in input.disks.data
	not is_number(object.get(d, "lun", null))
}

given := [s.disk | some s in sas.uris]

deny contains {"msg": msg, "fact": "sas"} if {
	lib.has("sas")
	some d in sas.needed
	not d in given
	msg := sprintf(
		"no SAS URI was given for %s; certification needs one per VHD (§5.2, §5.3.9–11): add %s=<SAS URI of its .vhd blob>",
		[sas.disk_name(d), d],
	)
}

deny contains {"msg": msg, "fact": "sas"} if {
	some d in {g | some g in given}
	n := count([g | some g in given; g == d])
	n > 1
	msg := sprintf("%d SAS URIs were given for %s; give exactly one per VHD: keep one %s= entry", [n, sas.disk_name(d), d])
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.disk", [i])} if {
	lib.has("disks.data")
	some i, s in sas.uris
	not s.disk in sas.needed
	msg := sprintf(
		"a SAS URI was given for %s, but the image has no data disk with a VHD there: remove the %s= entry or fix its LUN",
		[sas.disk_name(s.disk), s.disk],
	)
}

ok contains msg if {
	count(missing) == 0
	msg := sprintf("one SAS URI for each of %d VHD(s): %s", [count(sas.needed), lib.join(sort(sas.needed))])
}
