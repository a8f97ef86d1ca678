package vmimage.tests.linux.arch_64bit

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_not_applicable_guide if {
	f := t.finding("linux", "arch_64bit") with input as fx.good
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"not checked by the guide profile (set arch_64bit_enabled to enable it)",
		],
		"status": "not_applicable",
	}
}

test_pass_current if {
	f := t.finding("linux", "arch_64bit") with input as fx.good
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"msg": "64-bit OS (x86_64)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_current if {
	f := t.finding("linux", "arch_64bit") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/architecture",
			"value": "i686",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "os.architecture",
				"msg": "the OS is i686, not 64-bit; current certification accepts x86_64, amd64, aarch64, arm64: build a 64-bit image",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_current if {
	f := t.finding("linux", "arch_64bit") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/os/architecture",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [],
		"missing": [
			"os.architecture",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "arch_64bit") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
