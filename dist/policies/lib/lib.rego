# METADATA
# title: Shared helpers for vm-image-policy rules
# description: |
#   Fact access that never confuses "absent" with "false", profile thresholds,
#   and dotted-version comparison on digit strings of any length (no semver built-ins: the wasm SDK lacks
#   them; no floats: they lose digits).
package vmimage.lib

# The active thresholds: the profile's values with the user's overrides on top.
default profile_name := "guide"

profile_name := data.config.profile

default overrides := {}

overrides := data.config.thresholds

thresholds := object.union(data.profiles[profile_name], overrides)

# Evaluation time in seconds since the epoch; an input of the run, never read from a clock.
now := data.config.now_unix

default mode := "pr"

mode := data.config.mode

# has(path) is true when the fact at the dotted path was gathered (present and not null).
has(path) if {
	v := object.get(input, split(path, "."), null)
	v != null
}

# fact(path) is the value at the dotted path; undefined when absent.
fact(path) := v if {
	v := object.get(input, split(path, "."), null)
	v != null
}

# The OS type: observed (probe) when known, else declared (manifest custom_data, template os_type).
os_type := input.os.type

os_type := input.os.declared_type if not input.os.type

is_linux if os_type == "Linux"

is_windows if os_type == "Windows"

# Integers of any length, as digit strings: never converted to numbers, so 99999999999999999999 and
# 99999999999999999998 stay different (a float would make them equal). A number argument is formatted first.
int_str(x) := format_int(x, 10) if is_number(x)

int_str(x) := x if is_string(x)

# The digit string without its leading zeros: "007" -> "7", "000" -> "0".
int_norm(x) := n if {
	n := trim_left(int_str(x), "0")
	n != ""
}

int_norm(x) := "0" if trim_left(int_str(x), "0") == ""

# int_cmp(a, b) is -1, 0 or 1: the longer digit string (leading zeros dropped) is larger; equal lengths
# compare character by character, which for digits is numeric order.
int_cmp(a, b) := norm_cmp(int_norm(a), int_norm(b))

norm_cmp(x, y) := -1 if count(x) < count(y)

norm_cmp(x, y) := 1 if count(x) > count(y)

norm_cmp(x, y) := -1 if {
	count(x) == count(y)
	x < y
}

norm_cmp(x, y) := 1 if {
	count(x) == count(y)
	x > y
}

norm_cmp(x, y) := 0 if x == y

# The digit string plus one: "9" -> "10", "1299" -> "1300".
int_incr(x) := r if {
	n := int_norm(x)
	nines := regex.find_all_string_submatch_n(`9*$`, n, 1)[0][0]
	head := substring(n, 0, count(n) - count(nines))
	r := incr_head(head, replace(nines, "9", "0"))
}

incr_head("", zeros) := concat("", ["1", zeros])

incr_head(head, zeros) := concat("", [substring(head, 0, count(head) - 1), format_int(to_number(substring(head, count(head) - 1, 1)) + 1, 10), zeros]) if head != ""

# Numeric parts of a dotted version as digit strings without leading zeros:
# "1.1.1w" -> ["1", "1", "1"], "2.2.53.1" -> ["2", "2", "53", "1"], "v3.011" -> ["3", "11"].
version_parts(v) := [int_norm(m[0]) | some m in regex.find_all_string_submatch_n(`[0-9]+`, v, -1)]

# A run of digits as a number (for arithmetic on small values only), leading zeros dropped first: under
# wasm, to_number("01") keeps the literal "01", which the SDK's JSON.parse rejects in a built-in.
digits_number(s) := to_number(int_norm(s))

# version_cmp(a, b) is -1, 0 or 1, comparing part by part as integers of any length (int_cmp); missing
# parts count as 0.
version_cmp(a, b) := cmp_parts(version_parts(a), version_parts(b))

cmp_parts(pa, pb) := 0 if {
	every i in numbers.range(0, max([count(pa), count(pb)]) - 1) {
		int_cmp(part(pa, i), part(pb, i)) == 0
	}
}

cmp_parts(pa, pb) := r if {
	diffs := [i |
		some i in numbers.range(0, max([count(pa), count(pb)]) - 1)
		int_cmp(part(pa, i), part(pb, i)) != 0
	]
	count(diffs) > 0
	r := int_cmp(part(pa, diffs[0]), part(pb, diffs[0]))
}

part(ps, i) := ps[i] if i < count(ps)

part(ps, i) := "0" if i >= count(ps)

version_gte(a, b) if version_cmp(a, b) >= 0

# Human text for a list, for messages: ["a", "b"] -> "a, b".
join(xs) := concat(", ", [sprintf("%v", [x]) | some x in xs])
