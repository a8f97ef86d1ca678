package vmimage.tests.lib.version

import data.vmimage.lib
import data.vmimage.lib.sku
import data.vmimage.rules.sku.version_format as vf

test_int_cmp_huge if {
	lib.int_cmp("99999999999999999999", "99999999999999999998") == 1
	lib.int_cmp("99999999999999999998", "99999999999999999999") == -1
	lib.int_cmp("100000000000000000000", "99999999999999999999") == 1
	lib.int_cmp("0099", "99") == 0
	lib.int_cmp("000", "0") == 0
	lib.int_cmp("", "0") == 0
	lib.int_cmp(10, "9") == 1
	lib.int_cmp("9", 10) == -1
}

test_version_cmp_huge if {
	lib.version_cmp("99999999999999999999.0.0", "99999999999999999998.0.0") == 1
	lib.version_cmp("99999999999999999998.0.0", "99999999999999999999.0.0") == -1
	lib.version_cmp("1.0.99999999999999999999", "1.0.99999999999999999999") == 0
	lib.version_cmp("1.0.10", "1.0.9") == 1
	lib.version_cmp("1.0", "1.0.0") == 0
	lib.version_cmp("1.0", "1.0.1") == -1
	lib.version_cmp("2.2.53.1", "2.2.53") == 1
	lib.version_cmp("v3.011", "3.11") == 0
	lib.version_cmp("1.1.1w", "1.1.1") == 0
	not lib.version_gte("2.2.40", "2.2.41")
	lib.version_gte("2.2.41", "2.2.41")
}

test_version_parts if {
	lib.version_parts("1.1.1w") == ["1", "1", "1"]
	lib.version_parts("v3.011") == ["3", "11"]
	lib.version_parts("abc") == []
}

test_int_incr if {
	lib.int_incr("0") == "1"
	lib.int_incr("9") == "10"
	lib.int_incr("1299") == "1300"
	lib.int_incr("41") == "42"
	lib.int_incr("99999999999999999999") == "100000000000000000000"
	lib.int_incr("007") == "8"
}

# The string built-ins that stand in for regexes (lib.digits, lib.only, lib.version_parts, lib.int_incr,
# sku.well_formed, version_format's sign checks) against the regexes themselves, on the same strings.
samples := [
	"", "0", "00", "007", "1", "9", "99", "1299", "12a", "a12", " 1", "1 ", "1\n", "\n1", "٣", "１２",
	"-1", "+1", "1-rc", "1+b", "--", "-+1", "+-", "1.-2", "1-", "a-b_c", "A", "ä", "x9y99z", "1.2.3",
	"0.0.0", "9.9.9", "01.2.3", "1.02.3", "1.2.03", "1..2", ".1.2.3", "1.2.3.", "1.2", "1.2.3.4",
	"v1.2.3", "v3.011", "1.1.1w", "2.2.53.1", "abc", "10.0.0-beta+exp", "1.0.0+build", "a1b22c333",
	"99999999999999999999.1.0", "0.1.2\n",
]

test_digits_is_the_regex if {
	{s | some s in samples; lib.digits(s)} == {s | some s in samples; regex.match(`^[0-9]+$`, s)}
}

test_only_is_the_regex if {
	allowed := "abcdefghijklmnopqrstuvwxyz0123456789_-"
	{s | some s in samples; lib.only(s, allowed)} == {s | some s in samples; regex.match(`^[a-z0-9_-]+$`, s)}
}

test_version_parts_is_the_regex if {
	every s in samples {
		lib.version_parts(s) == [lib.int_norm(m[0]) | some m in regex.find_all_string_submatch_n(`[0-9]+`, s, -1)]
	}
}

test_int_incr_is_the_regex if {
	numerals := {s | some s in samples; regex.match(`^[0-9]+$`, s)}
	count(numerals) > 5
	every s in numerals {
		lib.int_incr(s) == old_int_incr(s)
	}
}

old_int_incr(x) := r if {
	n := lib.int_norm(x)
	nines := regex.find_all_string_submatch_n(`9*$`, n, 1)[0][0]
	head := substring(n, 0, count(n) - count(nines))
	r := lib.incr_head(head, replace(nines, "9", "0"))
}

test_well_formed_is_the_regex if {
	re := `^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$`
	{s | some s in samples; sku.well_formed(s)} == {s | some s in samples; regex.match(re, s)}
}

test_sign_checks_are_the_regexes if {
	{s | some s in samples; vf.signed(trim_left(s, "-+"))} == {s | some s in samples; regex.match(`[^-+][-+]`, s)}
	{s | some s in samples; vf.signed(s)} == {s | some s in samples; regex.match(`[-+]`, s)}
	{s | some s in samples; some c in ["-", "+"]; startswith(s, c)} == {s | some s in samples; regex.match(`^[-+]`, s)}
}
