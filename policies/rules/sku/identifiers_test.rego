package vmimage.tests.sku.identifiers

import data.vmimage.test as t

test_pass if {
	f := t.finding("sku", "identifiers") with input as {"sku": {"offer": "contoso-appliance", "sku": "standard_gen2"}}
	f == {
		"status": "pass",
		"details": [{"msg": "offer \"contoso-appliance\", SKU \"standard_gen2\": URL-safe, at most 50 characters"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_not_url_safe if {
	f := t.finding("sku", "identifiers") with input as {"sku": {"offer": "Contoso Appliance!", "sku": "std"}}
	f == {
		"status": "fail",
		"details": [{
			"msg": "offer ID \"Contoso Appliance!\" is not URL-safe: it appears in marketplace URLs and may use only lowercase letters, digits, - and _ (§1, §1.2): rename it, e.g. \"contoso-appliance\"",
			"fact": "sku.offer",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_empty_and_too_long if {
	long := concat("", ["a" | some _ in numbers.range(1, 51)])
	f := t.finding("sku", "identifiers") with input as {"sku": {"offer": long, "sku": "!"}}
	f.status == "fail"
	f.details == [
		{
			"msg": sprintf("offer ID \"%s\" is 51 characters long; the guide allows at most 50 (§1.2): shorten it", [long]),
			"fact": "sku.offer",
		},
		{
			"msg": "SKU ID \"!\" is not URL-safe: it appears in marketplace URLs and may use only lowercase letters, digits, - and _ (§1, §1.2): rename it, e.g. \"my-sku\"",
			"fact": "sku.sku",
		},
	]
}

test_unknown_without_ids if {
	f := t.finding("sku", "identifiers") with input as {"sku": {"version": "1.0.0"}}
	f == {"status": "unknown", "details": [], "missing": ["sku.offer", "sku.sku"], "skip": []}
}

test_partial_ids_still_judged if {
	f := t.finding("sku", "identifiers") with input as {"sku": {"sku": "Gen2"}}
	f.status == "fail"
	f.missing == ["sku.offer"]
}
