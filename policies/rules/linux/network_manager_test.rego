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
				"severity": "warning",
				"msg": "NetworkManager is enabled on debian 12; the guide finds it best disabled in most cases and requires it only on CentOS 7-based systems (§2.7): systemctl disable NetworkManager if the network comes up without it (this image also has ifupdown configured), or keep it if the image relies on it",
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
				"severity": "error",
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
				"msg": "NetworkManager is enabled, as centos 7 requires",
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
				"severity": "error",
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
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

nm_on(os) := json.patch(fx.good, [
	{"op": "replace", "path": "/os", "value": object.union({"type": "Linux", "architecture": "x86_64"}, os)},
	{"op": "replace", "path": "/linux/network/network_manager", "value": {"installed": true, "enabled": true}},
	{"op": "replace", "path": "/linux/network/stack", "value": ["NetworkManager"]},
])

nm_off(os) := json.patch(nm_on(os), [{"op": "replace", "path": "/linux/network/network_manager/enabled", "value": false}])

test_current_rhel_family_from_7 if {
	f := t.finding("linux", "network_manager") with input as nm_off({"id": "rhel", "version_id": "9.4"}) with data.config.profile as "current"
	f.status == "fail"
	f.details == [{
		"fact": "linux.network.network_manager.enabled",
		"severity": "error",
		"msg": "NetworkManager is not enabled on rhel 9.4; the guide requires it enabled on the systems the active profile names (§2.7): install it and systemctl enable NetworkManager",
	}]
	g := t.finding("linux", "network_manager") with input as nm_off({"id": "rocky", "id_like": ["rhel", "centos", "fedora"], "version_id": "8.10"}) with data.config.profile as "current"
	g.status == "fail"
	h := t.finding("linux", "network_manager") with input as nm_off({"id": "rhel", "version_id": "6.10"}) with data.config.profile as "current"
	h.status == "pass"
	i := t.finding("linux", "network_manager") with input as nm_off({"id": "rhel", "version_id": "7"}) with data.config.profile as "current"
	i.status == "fail"
	j := t.finding("linux", "network_manager") with input as nm_off({"id": "fedora", "version_id": "40"}) with data.config.profile as "current"
	j.status == "fail"
	k := t.finding("linux", "network_manager") with input as nm_off({"id": "rhel", "version_id": "99999999999999999999"}) with data.config.profile as "current"
	k.status == "fail"
}

test_guide_rhel9_not_required if {
	f := t.finding("linux", "network_manager") with input as nm_off({"id": "rhel", "version_id": "9.4"})
	f.status == "pass"
}

test_warn_enabled_sole_manager if {
	f := t.finding("linux", "network_manager") with input as nm_on({"id": "debian", "version_id": "12"})
	f.status == "fail"
	f.details == [{
		"fact": "linux.network.network_manager.enabled",
		"severity": "warning",
		"msg": "NetworkManager is enabled on debian 12; the guide finds it best disabled in most cases and requires it only on CentOS 7-based systems (§2.7): systemctl disable NetworkManager if the network comes up without it (nothing else configures this image's network, so first configure the NIC with DHCP in another manager (ifupdown, netplan with systemd-networkd)), or keep it if the image relies on it",
	}]
}
