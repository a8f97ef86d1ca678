package vmimage.tests.custom.image_prefix

import data.vmimage.test as t

test_pass_with_prefix if {
	f := t.finding("custom", "image_prefix") with input as {"image": {"name": "contoso-debian-12"}}
	f == {"status": "pass", "details": [{"msg": "image \"contoso-debian-12\" starts with \"contoso-\""}], "missing": [], "skip": []}
}

test_fail_without_prefix if {
	f := t.finding("custom", "image_prefix") with input as {"image": {"name": "debian-12-gen2"}}
	f == {
		"status": "fail",
		"details": [{"msg": "image \"debian-12-gen2\" does not start with the team prefix \"contoso-\"", "fact": "image.name"}],
		"missing": [], "skip": [],
	}
}

test_unknown_without_name if {
	f := t.finding("custom", "image_prefix") with input as {}
	f == {"status": "unknown", "details": [], "missing": ["image.name"], "skip": []}
}
