package vmimage.tests.linux.ifupdown

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "ifupdown") with input as fx.good
	f == {
		"details": [
			{
				"msg": "/sbin/ifup and /sbin/ifdown present",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail if {
	f := t.finding("linux", "ifupdown") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/network/ifupdown",
			"value": {
				"installed": false,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.ifupdown.installed",
				"msg": "ifup/ifdown are not installed; the agent restarts networking with them (§2.7): install ifupdown (Debian/Ubuntu) or network-scripts (RHEL)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "ifupdown") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/network/ifupdown",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.network.ifupdown.installed",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "ifupdown") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "/sbin/ifup and /sbin/ifdown present",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
