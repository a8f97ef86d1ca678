package vmimage.tests.sku.version_no_gap

import data.vmimage.test as t

skuv(version, published) := {"sku": {"offer": "o", "sku": "s", "version": version, "published_versions": published}}

test_pass_next if {
	f := t.finding("sku", "version_no_gap") with input as skuv("1.0.10", ["1.0.9", "1.0.8"])
	f == {
		"status": "pass",
		"details": [{"msg": "version 1.0.10 is the next patch version after 1.0.9"}],
		"missing": [],
		"skip": [],
	}
}

test_pass_new_sku if {
	f := t.finding("sku", "version_no_gap") with input as skuv("2.0.5", [])
	f == {
		"status": "pass",
		"details": [{"msg": "new SKU: no published versions, so 2.0.5 has no predecessor"}],
		"missing": [],
		"skip": [],
	}
}

test_warn_gap if {
	f := t.finding("sku", "version_no_gap") with input as skuv("1.0.13", ["1.0.10"])
	f == {
		"status": "fail",
		"details": [{
			"msg": "version 1.0.13 skips 2 patch version(s) after the latest published 1.0.10; Z should increase by one (§5.3.8): propose 1.0.11",
			"fact": "sku.version",
		}],
		"missing": [],
		"skip": [],
	}
}

test_not_applicable_when_not_raising_z if {
	f := t.finding("sku", "version_no_gap") with input as skuv("1.1.0", ["1.0.10"])
	f == {
		"status": "not_applicable",
		"details": [],
		"missing": [],
		"skip": ["the version does not raise Z over the latest published one (AZMP-SKU-004 reports it)"],
	}
}

test_not_applicable_malformed if {
	f := t.finding("sku", "version_no_gap") with input as skuv("1.0.0.1", ["1.0.0"])
	f.skip == ["the version is not X.Y.Z, so it cannot be compared (AZMP-SKU-002 reports it)"]
}

test_unknown_without_history if {
	f := t.finding("sku", "version_no_gap") with input as {"sku": {"version": "1.0.0"}}
	f == {"status": "unknown", "details": [], "missing": ["sku.published_versions"], "skip": []}
}

test_huge_numbers_compare_as_integers if {
	f := t.finding("sku", "version_no_gap") with input as {"sku": {"version": "1.0.99999999999999999999", "published_versions": ["1.0.99999999999999999997"]}}
	f.status == "fail"
	contains(f.details[0].msg, "skips a great many patch version(s)")
	contains(f.details[0].msg, "propose 1.0.99999999999999999998")
	g := t.finding("sku", "version_no_gap") with input as {"sku": {"version": "1.0.99999999999999999999", "published_versions": ["1.0.99999999999999999998"]}}
	g.status == "pass"
}
