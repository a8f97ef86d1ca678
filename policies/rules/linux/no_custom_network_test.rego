package vmimage.tests.linux.no_custom_network

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "no_custom_network") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no static addresses, fixed DNS servers or custom routes",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail if {
	f := t.finding("linux", "no_custom_network") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/network/custom",
			"value": [
				{
					"kind": "address",
					"text": "address 10.0.0.5/24",
					"file": "/etc/network/interfaces",
					"line": 12,
				},
				{
					"kind": "dns",
					"text": "DNS1=8.8.8.8",
					"file": "/etc/sysconfig/network-scripts/ifcfg-eth0",
					"line": 5,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.custom.0",
				"msg": "static address in /etc/network/interfaces:12 (address 10.0.0.5/24); the guide requires no custom network configuration (§2.7): remove it and use DHCP",
			},
			{
				"fact": "linux.network.custom.1",
				"msg": "fixed DNS server in /etc/sysconfig/network-scripts/ifcfg-eth0:5 (DNS1=8.8.8.8); the guide requires no custom network configuration (§2.7): remove it and use DHCP",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "no_custom_network") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/network/custom",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.network.custom",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "no_custom_network") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "no static addresses, fixed DNS servers or custom routes",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
