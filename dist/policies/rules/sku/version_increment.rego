# METADATA
# title: Within a SKU, X.Y stay and Z increases
# description: |
#   Versions within a SKU are incremental changes: the proposed version keeps the X.Y of the SKU's
#   latest published version and is above it (compared numerically: 1.0.10 > 1.0.9). Only this SKU's
#   own history counts (other SKUs may use other X.Y, see AZMP-SKU-006). A new SKU accepts any valid version.
# scope: package
# custom:
#   id: AZMP-SKU-004
#   severity: error
#   guide: "§5.3.8"
#   stage: any
#   facts: [sku.version, sku.published_versions]
#   remediation: |
#     Propose the latest published X.Y with a higher Z (normally Z + 1). A new major or minor version
#     belongs in a new SKU.
package vmimage.rules.sku.version_increment

import data.vmimage.lib
import data.vmimage.lib.sku

missing contains "sku.version" if not lib.has("sku.version")

missing contains "sku.published_versions" if not lib.has("sku.published_versions")

skip contains "the version is not X.Y.Z, so it cannot be compared (AZMP-SKU-002 reports it)" if {
	lib.has("sku.version")
	not sku.well_formed(sku.version)
}

next := sku.next_patch(sku.latest)

deny contains {"msg": msg, "fact": "sku.version"} if {
	sku.latest
	not sku.same_xy(sku.version, sku.latest)
	msg := sprintf(
		"version %s changes X.Y to %s, but this SKU's latest published version is %s; within a SKU only Z increases (§5.3.8): propose %s, or publish %s.x as a new SKU",
		[sku.version, sku.xy(sku.version), sku.latest, next, sku.xy(sku.version)],
	)
}

deny contains {"msg": msg, "fact": "sku.version"} if {
	sku.same_xy(sku.version, sku.latest)
	lib.version_cmp(sku.version, sku.latest) <= 0
	msg := sprintf(
		"version %s is not above this SKU's latest published version %s; within a SKU, Z increases (§5.3.8): propose %s",
		[sku.version, sku.latest, next],
	)
}

ok contains msg if {
	sku.well_formed(sku.version)
	msg := sprintf("version %s keeps X.Y %s and is above the latest published %s", [sku.version, sku.xy(sku.version), sku.latest])
}

ok contains msg if {
	sku.well_formed(sku.version)
	lib.has("sku.published_versions")
	count(sku.published) == 0
	msg := sprintf("new SKU: no published versions, so any valid version is accepted (%s)", [sku.version])
}
