# METADATA
# title: Built on an approved Windows base image
# description: |
#   The OS VHD must come from an Azure-approved Windows Server or SQL Server base image. The approved
#   images are a list in the profile (publisher, offers, exact SKUs or SKU prefixes, optionally "published
#   after" a date): the guide's list (Windows Server 2012 R2 / 2012 Datacenter, 2008 R2 SP1, SQL Server
#   2014 and 2012 SP2 Enterprise/Standard/Web, any Windows Server image published after 2014-09-08), or the
#   current profile's list of supported versions. Publishers, offers and SKUs compare case-insensitively.
# scope: package
# custom:
#   id: AZMP-WIN-001
#   severity: error
#   guide: "§3.1"
#   stage: any
#   facts: [os.type, windows.base_image]
#   remediation: |
#     Start the Packer build from an approved marketplace image (azure-arm: image_publisher,
#     image_offer, image_sku), e.g. MicrosoftWindowsServer / WindowsServer / 2022-datacenter-azure-edition.
package vmimage.rules.windows.base_image

import data.vmimage.lib
import data.vmimage.lib.text

approved := lib.thresholds.windows.approved_base_images

base := object.get(input, ["windows", "base_image"], {})

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "Linux image: the Windows rules do not apply" if lib.is_linux

missing contains "os.type" if not lib.os_type

missing contains sprintf("windows.base_image.%s", [k]) if {
	applies
	some k in ["publisher", "offer", "sku"]
	not is_string(object.get(base, k, null))
}

name := sprintf("%s:%s:%s", [base.publisher, base.offer, base.sku])

# The image matches an entry on publisher, offer and SKU.
identity_matches(e) if {
	lower(e.publisher) == lower(base.publisher)
	lower(base.offer) in {lower(o) | some o in e.offers}
	sku_matches(e)
}

sku_matches(e) if lower(base.sku) in {lower(s) | some s in object.get(e, "skus", [])}

sku_matches(e) if {
	some p in object.get(e, "sku_prefixes", [])
	startswith(lower(base.sku), lower(p))
}

sku_matches(e) if {
	not e.skus
	not e.sku_prefixes
}

date_matches(e) if not e.published_after

date_matches(e) if base.published > e.published_after

approved_by contains e.label if {
	some e in approved
	identity_matches(e)
	date_matches(e)
}

# An entry that would approve the image if its publication date were known.
missing contains "windows.base_image.published" if {
	applies
	count(approved_by) == 0
	undecided
}

deny contains {"msg": msg, "fact": "windows.base_image"} if {
	lib.is_windows
	count(approved_by) == 0
	not undecided
	msg := sprintf(
		"the image is built on %s%s; %s approves only: %s (§3.1): start from an approved base image",
		[name, published_note, text.authority, concat("; ", [x.label | some x in approved])],
	)
}

undecided if {
	not base.published
	some e in approved
	identity_matches(e)
	e.published_after
}

default published_note := ""

published_note := sprintf(" (version %s, published %s)", [base.version, base.published]) if {
	base.version
	base.published
}

published_note := sprintf(" (published %s)", [base.published]) if {
	not base.version
	base.published
}

published_note := sprintf(" (version %s)", [base.version]) if {
	base.version
	not base.published
}

ok contains msg if {
	applies
	lib.is_windows
	count(approved_by) > 0
	msg := sprintf("built on %s%s: approved (%s)", [name, published_note, concat("; ", sort(approved_by))])
}
