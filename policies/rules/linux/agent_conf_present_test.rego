package vmimage.tests.linux.agent_conf_present

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "agent_conf_present") with input as fx.good
	f == {
		"details": [
			{
				"msg": "/etc/waagent.conf present, 5 settings",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_missing if {
	f := t.finding("linux", "agent_conf_present") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/conf",
			"value": {
				"present": false,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.conf",
				"msg": "/etc/waagent.conf is missing; the guide requires the agent's configuration file (§2.2): reinstall the agent package or restore the file",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_unreadable if {
	f := t.finding("linux", "agent_conf_present") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/waagent/conf",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.waagent.conf.present",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "agent_conf_present") with input as json.patch(fx.good, [
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
