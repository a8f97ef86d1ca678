# METADATA
# title: Shared helpers for vm-image-policy rules
# description: |
#   Fact access that never confuses "absent" with "false", profile thresholds,
#   and dotted-version arithmetic that needs no semver built-ins (the wasm SDK lacks them).
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

# Numeric parts of a dotted version: "1.1.1w" -> [1, 1, 1], "2.2.53.1" -> [2, 2, 53, 1], "v3.11" -> [3, 11].
version_parts(v) := [digits_number(m[0]) | some m in regex.find_all_string_submatch_n(`[0-9]+`, v, -1)]

# A run of digits as a number, leading zeros dropped first: under wasm, to_number("01") keeps the literal
# "01", which the SDK's JSON.parse rejects when the number reaches a built-in such as sprintf.
digits_number(s) := to_number(n) if {
	n := trim_left(s, "0")
	n != ""
}

digits_number(s) := 0 if trim_left(s, "0") == ""

# version_cmp(a, b) is -1, 0 or 1, comparing part by part; missing parts count as 0.
version_cmp(a, b) := cmp_parts(version_parts(a), version_parts(b))

cmp_parts(pa, pb) := 0 if {
	every i in numbers.range(0, max([count(pa), count(pb)]) - 1) {
		part(pa, i) == part(pb, i)
	}
}

cmp_parts(pa, pb) := r if {
	diffs := [i |
		some i in numbers.range(0, max([count(pa), count(pb)]) - 1)
		part(pa, i) != part(pb, i)
	]
	count(diffs) > 0
	i := diffs[0]
	r := sign(part(pa, i) - part(pb, i))
}

part(ps, i) := ps[i] if i < count(ps)

part(ps, i) := 0 if i >= count(ps)

sign(x) := 1 if x > 0

sign(x) := -1 if x < 0

sign(0) := 0

version_gte(a, b) if version_cmp(a, b) >= 0

# Human text for a list, for messages: ["a", "b"] -> "a, b".
join(xs) := concat(", ", [sprintf("%v", [x]) | some x in xs])
