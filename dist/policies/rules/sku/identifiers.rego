# METADATA
# title: Offer and SKU identifiers are URL-safe
# description: |
#   Offer and SKU identifiers appear in marketplace URLs, so they may contain only lowercase letters,
#   digits, "-" and "_", and are at most the profile's length (50 characters).
# scope: package
# custom:
#   id: AZMP-SKU-001
#   severity: error
#   guide: "§1, §1.2"
#   stage: any
#   facts: [sku.offer, sku.sku]
#   remediation: |
#     Rename the offer or SKU ID with lowercase letters, digits, "-" and "_" only, at most 50 characters.
#     IDs cannot change once pushed to staging, so choose them before the first publication.
package vmimage.rules.sku.identifiers

import data.vmimage.lib
import data.vmimage.lib.text

max_len := lib.thresholds.sku.id_max_length

ids contains ["offer", "offer ID"] if lib.has("sku.offer")

ids contains ["sku", "SKU ID"] if lib.has("sku.sku")

missing contains "sku.offer" if not lib.has("sku.offer")

missing contains "sku.sku" if not lib.has("sku.sku")

deny contains {"msg": msg, "fact": sprintf("sku.%s", [k])} if {
	some [k, label] in ids
	id := input.sku[k]
	not lib.only(id, "abcdefghijklmnopqrstuvwxyz0123456789_-")
	msg := sprintf(
		"%s \"%s\" is not URL-safe: it appears in marketplace URLs and may use only lowercase letters, digits, - and _ (§1, §1.2): rename it, e.g. \"%s\"",
		[label, id, suggestion(id, k)],
	)
}

deny contains {"msg": msg, "fact": sprintf("sku.%s", [k])} if {
	some [k, label] in ids
	id := input.sku[k]
	count(id) > max_len
	msg := sprintf("%s \"%s\" is %d characters long; %s allows at most %d (§1.2): shorten it", [label, id, count(id), text.authority, max_len])
}

# The ID lowercased, each run of other characters replaced by "-" (or "my-offer" / "my-sku" if nothing is left).
suggestion(id, _) := s if {
	s := trim(concat("-", [p | some p in regex.split(`[^a-z0-9_-]+`, lower(id)); p != ""]), "-")
	s != ""
}

suggestion(id, k) := sprintf("my-%s", [k]) if {
	trim(concat("-", [p | some p in regex.split(`[^a-z0-9_-]+`, lower(id)); p != ""]), "-") == ""
}

ok contains msg if {
	count(missing) == 0
	msg := sprintf("offer \"%s\", SKU \"%s\": URL-safe, at most %d characters", [input.sku.offer, input.sku.sku, max_len])
}
