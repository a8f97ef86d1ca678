package vmimage.tests.linux.security_updates

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "security_updates") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no pending security updates (apt lists + dpkg status)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail if {
	f := t.finding("linux", "security_updates") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/updates/pending_security",
			"value": [
				{
					"name": "openssl",
					"installed": "3.0.15-1~deb12u1",
					"candidate": "3.0.16-1~deb12u1",
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.updates.pending_security",
				"msg": "1 security update(s) pending (openssl 3.0.15-1~deb12u1 → 3.0.16-1~deb12u1, by apt lists + dpkg status); the guide requires all security updates installed (§2.8): upgrade the packages before capture",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_many if {
	f := t.finding("linux", "security_updates") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/updates/pending_security",
			"value": [
				{
					"name": "a",
				},
				{
					"name": "b",
				},
				{
					"name": "c",
				},
				{
					"name": "d",
				},
				{
					"name": "e",
				},
				{
					"name": "f",
				},
				{
					"name": "g",
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.updates.pending_security",
				"msg": "7 security update(s) pending (a, b, c, d, e and 2 more, by apt lists + dpkg status); the guide requires all security updates installed (§2.8): upgrade the packages before capture",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_no_security_source if {
	f := t.finding("linux", "security_updates") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/updates",
			"value": {
				"method": "apt lists + dpkg status",
				"security_sources": false,
			},
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.updates.pending_security",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_unknown_not_gathered if {
	f := t.finding("linux", "security_updates") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/updates",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.updates.pending_security",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "security_updates") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
