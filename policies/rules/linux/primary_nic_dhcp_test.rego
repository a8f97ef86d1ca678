package vmimage.tests.linux.primary_nic_dhcp

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "primary_nic_dhcp") with input as fx.good
	f == {
		"details": [
			{
				"msg": "eth0 comes up at boot with DHCP (/etc/network/interfaces:9)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_static_not_onboot if {
	f := t.finding("linux", "primary_nic_dhcp") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/network/primary/dhcp",
			"value": false,
		},
		{
			"op": "replace",
			"path": "/linux/network/primary/onboot",
			"value": false,
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.primary",
				"msg": "the primary network device eth0 does not come up at boot (/etc/network/interfaces:9); the guide requires it (§2.7): add auto/allow-hotplug eth0 (or ONBOOT=yes)",
			},
			{
				"fact": "linux.network.primary",
				"msg": "the primary network device eth0 is not configured for DHCP (/etc/network/interfaces:9); the guide requires DHCP (§2.7): configure it with DHCP",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "primary_nic_dhcp") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/network/primary",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.network.primary",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "primary_nic_dhcp") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "eth0 comes up at boot with DHCP (/etc/network/interfaces:9)",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
