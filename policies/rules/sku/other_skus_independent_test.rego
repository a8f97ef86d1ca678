package vmimage.tests.sku.other_skus_independent

import data.vmimage.test as t

# An offer whose other SKUs use X.Y 2.0 and 7.1 while this SKU is at 1.0.
offer := {"os": {"type": "Linux"}, "sku": {
	"offer": "contoso-appliance",
	"sku": "standard-gen2",
	"version": "1.0.2",
	"published_versions": ["1.0.0", "1.0.1"],
	"other_skus": {"premium": ["2.0.0", "2.0.5"], "legacy": ["7.1.3"], "empty": []},
	"listing": {"os_family": "Linux", "os_description": "Debian 12", "recommended_vm_sizes": ["A1", "A2", "A3"]},
}}

test_pass_names_ignored_other_skus if {
	f := t.finding("sku", "other_skus_independent") with input as offer
	f == {
		"status": "pass",
		"details": [{"msg": "version 1.0.2 is compared only with this SKU's own published versions; other SKUs' X.Y (legacy: 7.1; premium: 2.0) are allowed to differ and were not compared (§5.3.8)"}],
		"missing": [],
		"skip": [],
	}
}

test_pass_without_other_skus if {
	f := t.finding("sku", "other_skus_independent") with input as {"sku": {"version": "3.0.0"}}
	f == {
		"status": "pass",
		"details": [{"msg": "version 3.0.0 is compared only with this SKU's own published versions; other SKUs may use any X.Y (§5.3.8)"}],
		"missing": [],
		"skip": [],
	}
}

# The behaviour itself: no SKU rule fails because other SKUs use other X.Y.
test_no_sku_rule_fails_because_of_other_skus if {
	statuses := {name: f.status |
		some name, _ in data.vmimage.rules.sku
		f := t.finding("sku", name) with input as offer
	}
	count(statuses) >= 7
	every _, s in statuses {
		s == "pass"
	}
}

# Same for a new SKU whose X.Y differs from every other SKU's.
test_new_sku_with_its_own_xy_passes if {
	new := {"sku": {
		"offer": "contoso-appliance",
		"sku": "next-gen",
		"version": "5.0.0",
		"published_versions": [],
		"other_skus": {"standard-gen2": ["1.0.0", "1.0.1"]},
	}}
	statuses := {name: f.status |
		some name, _ in data.vmimage.rules.sku
		f := t.finding("sku", name) with input as new
	}
	statuses.listing == "not_applicable"
	statuses.version_increment == "pass"
	every _, s in statuses {
		s in {"pass", "not_applicable"}
	}
}

test_unknown_without_version if {
	f := t.finding("sku", "other_skus_independent") with input as {"sku": {"other_skus": {"a": ["1.0.0"]}}}
	f == {"status": "unknown", "details": [], "missing": ["sku.version"], "skip": []}
}
