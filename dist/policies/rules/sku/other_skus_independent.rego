# METADATA
# title: Other SKUs' X.Y never count against this SKU
# description: |
#   A behaviour of the ruleset rather than a check: different SKUs of an offer may use different major
#   and minor versions (§5.3.8), so no SKU rule compares the proposed version with another SKU's
#   versions. This rule passes whenever a version is proposed, and says which other SKUs' X.Y it
#   ignored when the ledger lists them (sku.other_skus); its tests evaluate every SKU rule against an
#   offer whose other SKUs use other X.Y and show that none of them fails because of it.
# scope: package
# custom:
#   id: AZMP-SKU-006
#   severity: notice
#   guide: "§5.3.8"
#   stage: any
#   facts: [sku.version, sku.other_skus]
#   remediation: |
#     Nothing to change: each SKU keeps its own X.Y line.
package vmimage.rules.sku.other_skus_independent

import data.vmimage.lib
import data.vmimage.lib.sku

missing contains "sku.version" if not lib.has("sku.version")

others := object.get(input, ["sku", "other_skus"], {})

# "basic: 2.0, 2.1" for each other SKU with versions.
other_lines := [sprintf("%s: %s", [name, lib.join(sort({sku.xy(v) | some v in vs}))]) |
	some name, vs in others
	count(vs) > 0
]

ok contains msg if {
	lib.has("sku.version")
	count(other_lines) == 0
	msg := sprintf("version %s is compared only with this SKU's own published versions; other SKUs may use any X.Y (§5.3.8)", [sku.version])
}

ok contains msg if {
	lib.has("sku.version")
	count(other_lines) > 0
	msg := sprintf(
		"version %s is compared only with this SKU's own published versions; other SKUs' X.Y (%s) are allowed to differ and were not compared (§5.3.8)",
		[sku.version, concat("; ", sort(other_lines))],
	)
}
