# METADATA
# title: Version is X.Y.Z integers, the same in every source
# description: |
#   The SKU version is X.Y.Z where X, Y and Z are integers: no "v" prefix, no leading zeros, no
#   pre-release or build suffix. Current certification (Compute Gallery) also requires each part to
#   fit a 32-bit signed integer. Every source that states the version (action input, manifest
#   custom_data, the template's gallery image_version …) must state the same one: a disagreement is
#   reported here, naming each source, because it leaves the version undefined.
# scope: package
# custom:
#   id: AZMP-SKU-002
#   severity: error
#   guide: "§5.3.8"
#   stage: any
#   facts: [sku.version, sku.version_sources]
#   remediation: |
#     Use a plain X.Y.Z version such as 1.0.3, each part at most 2147483647, and set the same value in
#     every place that carries it (workflow input, Packer custom_data, gallery image_version).
package vmimage.rules.sku.version_format

import data.vmimage.lib
import data.vmimage.lib.sku
import data.vmimage.lib.text

max_part := lib.thresholds.sku.version_part_max

sources := object.get(input, ["sku", "version_sources"], [])

missing contains "sku.version" if not lib.has("sku.version")

# Why a version is not X.Y.Z, for the message.
v := input.sku.version

problems contains "a \"v\" prefix" if startswith(lower(v), "v")

# (a - or + after anything but - or +: one left once the leading signs are trimmed)
problems contains "a pre-release or build suffix" if signed(trim_left(v, "-+"))

problems contains "a sign" if {
	some c in ["-", "+"]
	startswith(v, c)
}

# v holds a - or a +.
signed(v) if {
	some c in ["-", "+"]
	contains(v, c)
}

problems contains sprintf("%d parts instead of 3", [count(split(v, "."))]) if count(split(v, ".")) != 3

problems contains "leading zeros" if {
	some p in split(v, ".")
	startswith(p, "0")
	count(p) > 1
	lib.digits(p)
}

problems contains "parts that are not integers" if {
	not startswith(lower(v), "v")
	not signed(v)
	some p in split(v, ".")
	not lib.digits(p)
}

deny contains {"msg": msg, "fact": "sku.version"} if {
	not sku.well_formed(v)
	msg := sprintf(
		"version \"%s\" is not X.Y.Z with integer parts (it has %s); the guide requires X.Y.Z integers (§5.3.8): use e.g. %s",
		[v, reason_text(problems), example(v)],
	)
}

reason_text(reasons) := concat(" and ", sort(reasons))

# The numbers the version does carry, as X.Y.Z.
example(v) := sku.dotted(v) if count(lib.version_parts(v)) > 0

example(v) := "1.0.0" if count(lib.version_parts(v)) == 0

deny contains {"msg": msg, "fact": "sku.version"} if {
	sku.well_formed(v)
	is_number(max_part)
	some p in split(v, ".")
	lib.int_cmp(p, max_part) > 0
	msg := sprintf(
		"version %s has the part %s, above %d; %s requires each part to fit a 32-bit signed integer (Compute Gallery): use a smaller number",
		[v, p, max_part, text.authority],
	)
}

deny contains {"msg": msg, "fact": "sku.version_sources"} if {
	count({s.value | some s in sources}) > 1
	said := [sprintf("%s says %s", [s.source, s.value]) | some s in sources]
	msg := sprintf(
		"the proposed version differs between its sources: %s; every source must state the same version: set one version everywhere",
		[concat("; ", said)],
	)
}

ok contains msg if {
	sku.well_formed(input.sku.version)
	count({s.value | some s in sources}) <= 1
	msg := sprintf("version %s is X.Y.Z%s", [input.sku.version, agreeing])
}

default agreeing := ""

agreeing := sprintf(" (stated by %s)", [lib.join(sort([s.source | some s in sources]))]) if count(sources) > 0
