package vmimage.tests.sku.listing

import data.vmimage.test as t

good := {
	"os_family": "Linux",
	"os_description": "Debian 12",
	"recommended_vm_sizes": ["Standard_D2s_v5", "Standard_D4s_v5", "Standard_E2s_v5"],
}

test_pass if {
	f := t.finding("sku", "listing") with input as {"os": {"type": "Linux"}, "sku": {"listing": good}}
	f == {
		"status": "pass",
		"details": [{"msg": "3 recommended VM sizes (Standard_D2s_v5, Standard_D4s_v5, Standard_E2s_v5), OS family Linux, OS description \"Debian 12\""}],
		"missing": [],
		"skip": [],
	}
}

test_fail_two_sizes_wrong_family_no_description if {
	f := t.finding("sku", "listing") with input as {"os": {"type": "Linux"}, "sku": {"listing": {
		"os_family": "Windows",
		"recommended_vm_sizes": ["Standard_D2s_v5", "standard_d2s_v5", "Standard_E2s_v5"],
	}}}
	f == {
		"status": "fail",
		"details": [
			{
				"msg": "the SKU has no OS description; the guide asks for one, e.g. family, version and update (§5.3.6): set os_description",
				"fact": "sku.listing.os_description",
			},
			{
				"msg": "the SKU's OS family is \"Windows\" but the OS disk is Linux; the OS family is the OS of the OS disk (§5.3.5): set os_family to Linux",
				"fact": "sku.listing.os_family",
			},
			{
				"msg": "the SKU lists 2 distinct recommended VM size(s) (Standard_D2s_v5, standard_d2s_v5, Standard_E2s_v5); the guide asks for exactly 3 (§5.3.7): list 3 sizes the image runs well on",
				"fact": "sku.listing.recommended_vm_sizes",
			},
		],
		"missing": [],
		"skip": [],
	}
}

test_fail_empty_listing if {
	f := t.finding("sku", "listing") with input as {"sku": {"listing": {"os_family": " "}}}
	f.details == [
		{
			"msg": "the SKU has no OS description; the guide asks for one, e.g. family, version and update (§5.3.6): set os_description",
			"fact": "sku.listing.os_description",
		},
		{
			"msg": "the SKU has no OS family; the guide asks for the OS family of the OS disk (§5.3.5): set os_family",
			"fact": "sku.listing.os_family",
		},
		{
			"msg": "the SKU lists 0 distinct recommended VM size(s); the guide asks for exactly 3 (§5.3.7): list 3 sizes the image runs well on",
			"fact": "sku.listing.recommended_vm_sizes",
		},
	]
}

test_not_applicable_without_listing if {
	f := t.finding("sku", "listing") with input as {"sku": {"version": "1.0.0"}}
	f == {"status": "not_applicable", "details": [], "missing": [], "skip": ["the ledger carries no listing data for this SKU"]}
}
