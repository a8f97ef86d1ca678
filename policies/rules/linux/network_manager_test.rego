package vmimage.tests.linux.network_manager

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "network_manager") with input as fx.good
	f == {
		"details": [
			{
				"msg": "NetworkManager is not installed",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_pass_installed_disabled if {
	f := t.finding("linux", "network_manager") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/network/network_manager",
			"value": {
				"installed": true,
				"enabled": false,
			},
		},
	])
	f == {
		"details": [
			{
				"msg": "NetworkManager is installed but disabled",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_enabled if {
	f := t.finding("linux", "network_manager") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/network/network_manager",
			"value": {
				"installed": true,
				"enabled": true,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.network_manager.enabled",
				"msg": "NetworkManager is enabled on debian 12; the guide requires it disabled except on CentOS 7-based systems (§2.7): systemctl disable NetworkManager and use ifupdown with DHCP",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_centos7_disabled if {
	f := t.finding("linux", "network_manager") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/id",
			"value": "centos",
		},
		{
			"op": "replace",
			"path": "/os/version_id",
			"value": "7",
		},
		{
			"op": "replace",
			"path": "/linux/network/network_manager",
			"value": {
				"installed": true,
				"enabled": false,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.network_manager.enabled",
				"msg": "NetworkManager is not enabled on centos 7; the guide requires it enabled on CentOS 7-based systems (§2.7): install it and systemctl enable NetworkManager",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_centos7_enabled if {
	f := t.finding("linux", "network_manager") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/id",
			"value": "centos",
		},
		{
			"op": "replace",
			"path": "/os/version_id",
			"value": "7",
		},
		{
			"op": "replace",
			"path": "/linux/network/network_manager",
			"value": {
				"installed": true,
				"enabled": true,
			},
		},
	])
	f == {
		"details": [
			{
				"msg": "NetworkManager is enabled, as CentOS 7-based centos 7 requires",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_centos7_derivative_not_installed if {
	f := t.finding("linux", "network_manager") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/id",
			"value": "myos",
		},
		{
			"op": "replace",
			"path": "/os/version_id",
			"value": "7.9",
		},
		{
			"op": "add",
			"path": "/os/id_like",
			"value": [
				"rhel",
				"centos",
				"fedora",
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.network_manager.enabled",
				"msg": "NetworkManager is not installed on myos 7.9; the guide requires it enabled on CentOS 7-based systems (§2.7): install it and systemctl enable NetworkManager",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_centos8_disabled if {
	f := t.finding("linux", "network_manager") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/id",
			"value": "centos",
		},
		{
			"op": "replace",
			"path": "/os/version_id",
			"value": "8",
		},
	])
	f == {
		"details": [
			{
				"msg": "NetworkManager is not installed",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown if {
	f := t.finding("linux", "network_manager") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/network/network_manager",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.network.network_manager.enabled",
			"linux.network.network_manager.installed",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "network_manager") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "NetworkManager is not installed",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
