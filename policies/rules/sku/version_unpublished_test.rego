package vmimage.tests.sku.version_unpublished

import data.vmimage.test as t

skuv(version, published) := {"sku": {"offer": "o", "sku": "s", "version": version, "published_versions": published}}

test_pass if {
	f := t.finding("sku", "version_unpublished") with input as skuv("1.0.11", ["1.0.10", "1.0.9", "1.0.0"])
	f == {
		"status": "pass",
		"details": [{"msg": "version 1.0.11 is not among the 3 published versions of this SKU"}],
		"missing": [],
		"skip": [],
	}
}

test_pass_new_sku if {
	f := t.finding("sku", "version_unpublished") with input as skuv("3.4.0", [])
	f == {
		"status": "pass",
		"details": [{"msg": "new SKU: no published versions, so 3.4.0 is not a duplicate"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_duplicate if {
	f := t.finding("sku", "version_unpublished") with input as skuv("1.0.9", ["1.0.10", "1.0.9", "1.0.0"])
	f == {
		"status": "fail",
		"details": [{
			"msg": "version 1.0.9 is already published in this SKU (as 1.0.9); published versions cannot change (§5.3.8): propose 1.0.11",
			"fact": "sku.version",
		}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_without_history if {
	f := t.finding("sku", "version_unpublished") with input as {"sku": {"version": "1.0.0"}}
	f == {"status": "unknown", "details": [], "missing": ["sku.published_versions"], "skip": []}
}

test_unknown_without_version if {
	f := t.finding("sku", "version_unpublished") with input as {"sku": {"published_versions": ["1.0.0"]}}
	f == {"status": "unknown", "details": [], "missing": ["sku.version"], "skip": []}
}

test_not_applicable_malformed if {
	f := t.finding("sku", "version_unpublished") with input as skuv("v1.0.0", ["1.0.0"])
	f == {
		"status": "not_applicable",
		"details": [],
		"missing": [],
		"skip": ["the version is not X.Y.Z, so it cannot be compared (AZMP-SKU-002 reports it)"],
	}
}
