package vmimage.tests.linux.ipv6_configured

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "ipv6_configured") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no IPv6 configuration on the interfaces",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_warn if {
	f := t.finding("linux", "ipv6_configured") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/network/ipv6",
			"value": {
				"configured": true,
				"entries": [
					{
						"text": "iface eth0 inet6 auto",
						"file": "/etc/network/interfaces",
						"line": 11,
					},
				],
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.ipv6.entries.0",
				"msg": "IPv6 is configured in /etc/network/interfaces:11 (iface eth0 inet6 auto); the guide notes IPv6 has no effect on Azure (§2.7): remove it",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "ipv6_configured") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/network/ipv6",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.network.ipv6.configured",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "ipv6_configured") with input as json.patch(fx.good, [
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
