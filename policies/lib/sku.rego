# METADATA
# title: SKU version helpers
# description: |
#   The proposed version against the SKU's published history, compared numerically
#   (1.0.10 > 1.0.9, digit strings of any length) with lib.version_cmp. Only this SKU's own history is ever consulted.
package vmimage.lib.sku

# The parent package, not this one (without it, lib.x would be data.vmimage.lib.x):
# regal ignore:pointless-import
import data.vmimage.lib

# X.Y.Z with integer parts: no "v" prefix, no leading zeros, no pre-release or build suffix.
well_formed(v) if {
	parts := split(v, ".")
	count(parts) == 3
	every p in parts {
		canonical_int(p)
	}
}

canonical_int("0")

canonical_int(p) if {
	lib.digits(p)
	not startswith(p, "0")
}

version := input.sku.version

published := object.get(input, ["sku", "published_versions"], [])

# The highest published version (numerically); undefined for a new SKU.
latest := [p |
	some p in published
	every q in published {
		lib.version_cmp(q, p) <= 0
	}
][0]

# [X, Y, Z] as digit strings without leading zeros (integers of any length: never floats).
xyz(v) := [lib.part(ps, 0), lib.part(ps, 1), lib.part(ps, 2)] if ps := lib.version_parts(v)

# "1.0" from a version.
xy(v) := concat(".", [p[0], p[1]]) if p := xyz(v)

# "X.Y.Z" from a version's numbers.
dotted(v) := concat(".", xyz(v))

# The next patch version: 1.0.9 -> 1.0.10.
next_patch(v) := concat(".", [p[0], p[1], lib.int_incr(p[2])]) if p := xyz(v)

same_xy(a, b) if xy(a) == xy(b)
