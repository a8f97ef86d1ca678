package vmimage.tests.linux.generalized

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "generalized") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no DHCP leases, hostname \"localhost.localdomain\", no nameservers",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_leases_hostname if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/generalization/dhcp_leases",
			"value": [
				"/var/lib/dhcp/dhclient.eth0.leases",
			],
		},
		{
			"op": "replace",
			"path": "/linux/generalization/hostname",
			"value": {
				"value": "build-vm-42",
				"file": "/etc/hostname",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.generalization.dhcp_leases",
				"msg": "cached DHCP lease(s) /var/lib/dhcp/dhclient.eth0.leases; the guide requires them removed (§2.9): run waagent -deprovision",
			},
			{
				"fact": "linux.generalization.hostname",
				"msg": "the hostname is \"build-vm-42\" (/etc/hostname); the guide requires it reset to localhost.localdomain (§2.9): run waagent -deprovision",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_nameservers if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/generalization/resolv_conf",
			"value": {
				"present": true,
				"file": "/etc/resolv.conf",
				"nameservers": 1,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.generalization.resolv_conf",
				"msg": "/etc/resolv.conf still has 1 nameserver line(s); the guide requires the nameserver configuration removed (§2.9): run waagent -deprovision",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/generalization/hostname",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.generalization.hostname",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_deployed if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/stage",
			"value": "deployed",
		},
	])
	f == {
		"details": [
			{
				"msg": "no DHCP leases, hostname \"localhost.localdomain\", no nameservers",
			},
		],
		"missing": [],
		"skip": [
			"judged at the build stage; these facts are from the deployed stage",
		],
		"status": "not_applicable",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "no DHCP leases, hostname \"localhost.localdomain\", no nameservers",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
