package vmimage.tests.registration.os_disk_generalized

import data.vmimage.test as t

test_pass_generalized if {
	f := t.finding("registration", "os_disk_generalized") with input as {"disks": {"os": {"state": "Generalized"}}}
	f == {"status": "pass", "details": [{"msg": "the OS disk is registered as Generalized"}], "missing": [], "skip": []}
}

test_fail_specialized if {
	f := t.finding("registration", "os_disk_generalized") with input as {"disks": {"os": {"state": "Specialized"}}}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the OS disk is registered as Specialized; the guide requires a Generalized OS disk, a specialized image cannot be published (§4): generalize the OS and register it as Generalized",
			"fact": "disks.os.state",
		}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_without_state if {
	f := t.finding("registration", "os_disk_generalized") with input as {"disks": {"os": {"size_gb": 30}}}
	f == {"status": "unknown", "details": [], "missing": ["disks.os.state"], "skip": []}
}
