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
	head := trim_right(n, "9")
	r := incr_head(head, replace(substring(n, count(head), -1), "9", "0"))
}

incr_head("", zeros) := concat("", ["1", zeros])

incr_head(head, zeros) := concat("", [substring(head, 0, count(head) - 1), format_int(to_number(substring(head, count(head) - 1, 1)) + 1, 10), zeros]) if head != ""

# Numeric parts of a dotted version as digit strings without leading zeros (its runs of digits, in order):
# "1.1.1w" -> ["1", "1", "1"], "2.2.53.1" -> ["2", "2", "53", "1"], "v3.011" -> ["3", "11"].
# String built-ins, not the regex engine, here and in digits/only below: the engine's first use in a process
# costs ~3.5 ms of a cold start (lib_test.rego checks each against the regex it stands for).
version_parts(v) := [int_norm(substring(v, s, run_end(v, s) - s)) | some s in run_starts(v)]

# Where each run of digits starts, in order.
run_starts(v) := [i |
	count(v) > 0
	some i in numbers.range(0, count(v) - 1)
	is_digit(substring(v, i, 1))
	not prev_digit(v, i)
]

prev_digit(v, i) if {
	i > 0
	is_digit(substring(v, i - 1, 1))
}

# Where the run of digits starting at s ends (the index after its last digit).
run_end(v, s) := min([e |
	some e in numbers.range(s + 1, count(v))
	not is_digit(substring(v, e, 1))
])

# One ASCII digit (substring past the end gives "", which every string contains).
is_digit(c) if {
	c != ""
	contains("0123456789", c)
}

# A non-empty string of ASCII digits only: regex `^[0-9]+$`.
digits(s) if {
	s != ""
	trim_left(s, "0123456789") == ""
}

# A non-empty string of characters from `allowed` only: regex `^[<allowed>]+$`.
only(s, allowed) if {
	s != ""
	trim(s, allowed) == ""
}

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
