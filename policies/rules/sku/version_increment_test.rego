package vmimage.tests.sku.version_increment

import data.vmimage.test as t

skuv(version, published) := {"sku": {"offer": "o", "sku": "s", "version": version, "published_versions": published}}

test_pass_numeric_order if {
	# 1.0.10 is the latest, not 1.0.9: numeric, not text order; the ledger's order does not matter.
	f := t.finding("sku", "version_increment") with input as skuv("1.0.11", ["1.0.9", "1.0.10", "1.0.0"])
	f == {
		"status": "pass",
		"details": [{"msg": "version 1.0.11 keeps X.Y 1.0 and is above the latest published 1.0.10"}],
		"missing": [],
		"skip": [],
	}
}

test_pass_new_sku if {
	f := t.finding("sku", "version_increment") with input as skuv("7.3.0", [])
	f == {
		"status": "pass",
		"details": [{"msg": "new SKU: no published versions, so any valid version is accepted (7.3.0)"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_lower if {
	f := t.finding("sku", "version_increment") with input as skuv("1.0.9", ["1.0.10"])
	f == {
		"status": "fail",
		"details": [{
			"msg": "version 1.0.9 is not above this SKU's latest published version 1.0.10; within a SKU, Z increases (§5.3.8): propose 1.0.11",
			"fact": "sku.version",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_xy_change if {
	f := t.finding("sku", "version_increment") with input as skuv("1.1.0", ["1.0.0", "1.0.1"])
	f.status == "fail"
	f.details == [{
		"msg": "version 1.1.0 changes X.Y to 1.1, but this SKU's latest published version is 1.0.1; within a SKU only Z increases (§5.3.8): propose 1.0.2, or publish 1.1.x as a new SKU",
		"fact": "sku.version",
	}]
}

test_fail_equal if {
	f := t.finding("sku", "version_increment") with input as skuv("1.0.1", ["1.0.0", "1.0.1"])
	f.status == "fail"
}

test_unknown_without_history if {
	f := t.finding("sku", "version_increment") with input as {"sku": {"version": "1.0.0"}}
	f == {"status": "unknown", "details": [], "missing": ["sku.published_versions"], "skip": []}
}

test_not_applicable_malformed if {
	f := t.finding("sku", "version_increment") with input as skuv("1.0", ["1.0.0"])
	f.status == "not_applicable"
}

test_huge_major_change_is_detected if {
	f := t.finding("sku", "version_increment") with input as {"sku": {"version": "99999999999999999999.0.0", "published_versions": ["99999999999999999998.0.0"]}}
	f.status == "fail"
	contains(f.details[0].msg, "changes X.Y to 99999999999999999999.0")
}
