package vmimage.tests.linux.iptables_no_rules

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "iptables_no_rules") with input as fx.good
	f == {
		"details": [
			{
				"msg": "iptables at /usr/sbin/iptables, no rules enabled",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_not_installed if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/iptables",
			"value": {
				"installed": false,
				"persisted": [],
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.iptables.installed",
				"msg": "iptables is not installed; the guide requires the firewall software installed with no rules enabled (§2.8): install iptables",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_persisted if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/iptables/persisted",
			"value": [
				{
					"file": "/etc/iptables/rules.v4",
					"rules": 3,
					"loaded_at_boot": true,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.iptables.persisted.0",
				"msg": "/etc/iptables/rules.v4 holds 3 firewall rule(s) loaded at boot; the guide requires no rules enabled (§2.8): remove the file or disable its service",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_persisted_not_loaded if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/iptables/persisted",
			"value": [
				{
					"file": "/etc/iptables/rules.v4",
					"rules": 3,
					"loaded_at_boot": false,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"msg": "iptables at /usr/sbin/iptables, no rules enabled",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_active if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "add",
			"path": "/linux/iptables/active_rules",
			"value": 2,
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.iptables.active_rules",
				"msg": "2 iptables rule(s) are active; the guide requires no rules enabled (§2.8): iptables -F and remove what loads them",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/iptables/persisted",
		},
	])
	f == {
		"details": [
			{
				"msg": "iptables at /usr/sbin/iptables, no rules enabled",
			},
		],
		"missing": [
			"linux.iptables.persisted",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "iptables at /usr/sbin/iptables, no rules enabled",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
