package vmimage.tests.linux.agent_from_package

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "agent_from_package") with input as fx.good
	f == {
		"details": [
			{
				"msg": "/usr/sbin/waagent is owned by the package waagent 2.7.3.0-4.1",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_by_hand if {
	f := t.finding("linux", "agent_from_package") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/packaged",
			"value": false,
		},
		{
			"op": "remove",
			"path": "/linux/waagent/package",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.path",
				"msg": "/usr/sbin/waagent is not owned by any package (installed by hand); the guide recommends the distribution's agent package (§2.2): install walinuxagent, WALinuxAgent, waagent, python-azure-agent, python3-azure-agent",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_other_package if {
	f := t.finding("linux", "agent_from_package") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/package/name",
			"value": "my-agent",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.package.name",
				"msg": "/usr/sbin/waagent comes from the package my-agent, not from the distribution's agent package (§2.2): install walinuxagent, WALinuxAgent, waagent, python-azure-agent, python3-azure-agent",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_no_package_database if {
	f := t.finding("linux", "agent_from_package") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/waagent/packaged",
		},
		{
			"op": "remove",
			"path": "/linux/waagent/package",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.waagent.packaged",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_not_installed if {
	f := t.finding("linux", "agent_from_package") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent",
			"value": {
				"installed": false,
			},
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"the agent is not installed (AZMP-LNX-001 reports it)",
		],
		"status": "not_applicable",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "agent_from_package") with input as json.patch(fx.good, [
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
