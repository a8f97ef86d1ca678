# METADATA
# title: The SKU's listing has three recommended VM sizes, an OS family and an OS description
# description: |
#   When the ledger carries the SKU's listing data, it names exactly the profile's number (three) of
#   recommended VM sizes, an OS family matching the OS of the OS disk, and an OS description.
#   Without listing data the rule does not apply.
# scope: package
# custom:
#   id: AZMP-SKU-007
#   severity: warning
#   guide: "§5.3.5–7"
#   stage: any
#   facts: [sku.listing, os.type]
#   remediation: |
#     In the ledger's SKU entry, list exactly three recommended_vm_sizes, set os_family to the OS disk's
#     OS (Linux or Windows) and write an os_description such as "Debian 12 (bookworm)".
package vmimage.rules.sku.listing

import data.vmimage.lib
import data.vmimage.lib.text

want := lib.thresholds.sku.listing_recommended_vm_sizes

entry := input.sku.listing

skip contains "the ledger carries no listing data for this SKU" if not lib.has("sku.listing")

sizes contains lower(s) if some s in object.get(entry, "recommended_vm_sizes", [])

deny contains {"msg": msg, "fact": "sku.listing.recommended_vm_sizes"} if {
	count(sizes) != want
	msg := sprintf(
		"the SKU lists %d distinct recommended VM size(s)%s; %s asks for exactly %d (§5.3.7): list %d sizes the image runs well on",
		[count(sizes), named, text.authority, want, want],
	)
}

default named := ""

named := sprintf(" (%s)", [lib.join(entry.recommended_vm_sizes)]) if count(sizes) > 0

deny contains {"msg": "the SKU has no OS family; the guide asks for the OS family of the OS disk (§5.3.5): set os_family", "fact": "sku.listing.os_family"} if {
	trim_space(object.get(entry, "os_family", "")) == ""
}

deny contains {"msg": msg, "fact": "sku.listing.os_family"} if {
	family := entry.os_family
	trim_space(family) != ""
	lower(family) != lower(input.os.type)
	msg := sprintf(
		"the SKU's OS family is \"%s\" but the OS disk is %s; the OS family is the OS of the OS disk (§5.3.5): set os_family to %s",
		[family, input.os.type, input.os.type],
	)
}

deny contains {"msg": "the SKU has no OS description; the guide asks for one, e.g. family, version and update (§5.3.6): set os_description", "fact": "sku.listing.os_description"} if {
	trim_space(object.get(entry, "os_description", "")) == ""
}

ok contains sprintf(
	"%d recommended VM sizes (%s), OS family %s, OS description \"%s\"",
	[count(sizes), lib.join(entry.recommended_vm_sizes), entry.os_family, entry.os_description],
)
