package vmimage.tests.lib.version

import data.vmimage.lib

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
