package vmimage.tests.registration.os_type_matches

import data.vmimage.test as t

test_pass_match if {
	f := t.finding("registration", "os_type_matches") with input as {"os": {"type": "Linux", "declared_type": "Linux"}}
	f == {"status": "pass", "details": [{"msg": "declared and probed OS type: Linux"}], "missing": [], "skip": []}
}

test_fail_mismatch if {
	f := t.finding("registration", "os_type_matches") with input as {"os": {"type": "Linux", "declared_type": "Windows"}}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the image is declared as Windows but the probe found Linux; the OS type must match the OS disk (§4.1): declare os_type = \"Linux\"",
			"fact": "os.declared_type",
		}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_without_probe if {
	f := t.finding("registration", "os_type_matches") with input as {"os": {"declared_type": "Windows"}}
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}

test_unknown_without_declaration if {
	f := t.finding("registration", "os_type_matches") with input as {}
	f == {"status": "unknown", "details": [], "missing": ["os.declared_type", "os.type"], "skip": []}
}
