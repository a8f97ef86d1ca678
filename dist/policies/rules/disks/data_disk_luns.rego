# METADATA
# title: Data disk LUNs are unique, and sequential from 0 in the current profile
# description: |
#   Each data disk is attached at its own LUN (the publishing portal asks for one per data disk).
#   Current certification also requires the LUNs to be 0, 1, 2, … without gaps.
# scope: package
# custom:
#   id: AZMP-DSK-007
#   severity: error
#   guide: "§5.3.10"
#   stage: any
#   facts: [disks.data]
#   remediation: |
#     Give every data disk its own LUN, numbered from 0 without gaps (Packer: the order of
#     disk_additional_size, or the lun of each data disk in the template).
package vmimage.rules.disks.data_disk_luns

import data.vmimage.lib

disks := input.disks.data

luns := [d.lun | some d in disks]

missing contains "disks.data" if not lib.has("disks.data")

missing contains sprintf("disks.data.%d.lun", [i]) if {
	some i, d in disks
	not is_number(object.get(d, "lun", null))
}

deny contains {"msg": msg, "fact": sprintf("disks.data.%d.lun", [i])} if {
	some i, d in disks
	some j, e in disks
	j < i
	d.lun == e.lun
	msg := sprintf("data disks #%d and #%d share LUN %d; each data disk needs its own LUN (§5.3.10): renumber them", [j, i, d.lun])
}

deny contains {"msg": msg, "fact": "disks.data"} if {
	lib.thresholds.disks.lun_sequential
	count(missing) == 0
	count(luns) > 0
	sort(luns) != numbers.range(0, count(luns) - 1)
	msg := sprintf(
		"data disk LUNs are %s; current certification requires them sequential from 0 (%s): renumber the data disks",
		[lib.join(sort(luns)), lib.join(numbers.range(0, count(luns) - 1))],
	)
}

ok contains "no data disks" if count(disks) == 0

ok contains msg if {
	count(disks) > 0
	count(missing) == 0
	msg := sprintf("data disk LUNs: %s", [lib.join(sort(luns))])
}
