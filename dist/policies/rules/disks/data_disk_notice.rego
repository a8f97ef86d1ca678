# METADATA
# title: Data disks in the image stay with every VM
# description: |
#   A notice, not a defect: end users cannot remove the data disks that are part of the image when
#   they deploy it (they can add disks later), so the image should carry only the data disks the SKU
#   needs. Reported whenever the image has data disks; an image without data disks passes.
# scope: package
# custom:
#   id: AZMP-DSK-008
#   severity: notice
#   guide: "§1"
#   stage: any
#   facts: [disks.data]
#   remediation: |
#     Keep only the data disks the SKU cannot work without; let users attach further disks themselves.
package vmimage.rules.disks.data_disk_notice

import data.vmimage.lib

disks := input.disks.data

missing contains "disks.data" if not lib.has("disks.data")

deny contains {"msg": msg, "fact": "disks.data", "severity": "notice"} if {
	count(disks) > 0
	msg := sprintf(
		"the image has %d data disk(s); end users cannot remove data disks that are part of the image (§1): keep only the ones the SKU needs",
		[count(disks)],
	)
}

ok contains "no data disks: nothing end users would be unable to remove" if count(disks) == 0
