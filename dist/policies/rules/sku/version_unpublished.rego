# METADATA
# title: Version is not already published in this SKU
# description: |
#   A published version cannot change, so the proposed version must not be one of the SKU's published
#   versions (compared numerically, so 1.0.10 and 1.0.9 are different and the ledger's order does
#   not matter). A new SKU with no published versions accepts any valid version.
# scope: package
# custom:
#   id: AZMP-SKU-003
#   severity: error
#   guide: "§5.3.8"
#   stage: any
#   facts: [sku.version, sku.published_versions]
#   remediation: |
#     Propose the next version of the SKU: the latest published X.Y with Z raised by one.
package vmimage.rules.sku.version_unpublished

import data.vmimage.lib
import data.vmimage.lib.sku

missing contains "sku.version" if not lib.has("sku.version")

missing contains "sku.published_versions" if not lib.has("sku.published_versions")

skip contains "the version is not X.Y.Z, so it cannot be compared (AZMP-SKU-002 reports it)" if {
	lib.has("sku.version")
	not sku.well_formed(sku.version)
}

deny contains {"msg": msg, "fact": "sku.version"} if {
	some p in sku.published
	lib.version_cmp(p, sku.version) == 0
	msg := sprintf(
		"version %s is already published in this SKU (as %s); published versions cannot change (§5.3.8): propose %s",
		[sku.version, p, next],
	)
}

next := sku.next_patch(sku.latest)

ok contains msg if {
	sku.well_formed(sku.version)
	count(sku.published) > 0
	msg := sprintf("version %s is not among the %d published versions of this SKU", [sku.version, count(sku.published)])
}

ok contains msg if {
	sku.well_formed(sku.version)
	lib.has("sku.published_versions")
	count(sku.published) == 0
	msg := sprintf("new SKU: no published versions, so %s is not a duplicate", [sku.version])
}
