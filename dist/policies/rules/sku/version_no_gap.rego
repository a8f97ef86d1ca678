# METADATA
# title: Z increases by exactly one
# description: |
#   A warning when the proposed version skips patch numbers: Z should be exactly one above the
#   latest published version of the same X.Y. Versions that change X.Y or do not increase are
#   AZMP-SKU-004's failure and are not judged again here. A new SKU accepts any valid version.
# scope: package
# custom:
#   id: AZMP-SKU-005
#   severity: warning
#   guide: "§5.3.8"
#   stage: any
#   facts: [sku.version, sku.published_versions]
#   remediation: |
#     Propose the latest published version with Z + 1, unless the skipped versions were withdrawn on purpose.
package vmimage.rules.sku.version_no_gap

import data.vmimage.lib
import data.vmimage.lib.sku

missing contains "sku.version" if not lib.has("sku.version")

missing contains "sku.published_versions" if not lib.has("sku.published_versions")

skip contains "the version is not X.Y.Z, so it cannot be compared (AZMP-SKU-002 reports it)" if {
	lib.has("sku.version")
	not sku.well_formed(sku.version)
}

skip contains "the version does not raise Z over the latest published one (AZMP-SKU-004 reports it)" if {
	sku.well_formed(sku.version)
	count(sku.published) > 0
	not raises_z
}

raises_z if {
	sku.same_xy(sku.version, sku.latest)
	lib.version_cmp(sku.version, sku.latest) > 0
}

next := sku.next_patch(sku.latest)

deny contains {"msg": msg, "fact": "sku.version"} if {
	raises_z
	sku.version != next
	gap := gap_text(sku.xyz(sku.version)[2], sku.xyz(sku.latest)[2])
	msg := sprintf(
		"version %s skips %s patch version(s) after the latest published %s; Z should increase by one (§5.3.8): propose %s",
		[sku.version, gap, sku.latest, next],
	)
}

ok contains msg if {
	sku.well_formed(sku.version)
	raises_z
	sku.version == next
	msg := sprintf("version %s is the next patch version after %s", [sku.version, sku.latest])
}

ok contains msg if {
	sku.well_formed(sku.version)
	lib.has("sku.published_versions")
	count(sku.published) == 0
	msg := sprintf("new SKU: no published versions, so %s has no predecessor", [sku.version])
}

# The number of skipped patch versions; arithmetic only where a number is exact (up to 15 digits).
gap_text(z, lz) := format_int((lib.digits_number(z) - lib.digits_number(lz)) - 1, 10) if small(z, lz)

gap_text(z, lz) := "a great many" if not small(z, lz)

small(z, lz) if {
	count(z) <= 15
	count(lz) <= 15
}
