package vmimage.tests.linux.agent_auto_update

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_not_applicable_guide if {
	f := t.finding("linux", "agent_auto_update") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/conf/settings/4/value",
			"value": "n",
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"not checked by the guide profile (set agent_auto_update_enabled to enable it)",
		],
		"status": "not_applicable",
	}
}

test_pass_current if {
	f := t.finding("linux", "agent_auto_update") with input as fx.good
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"msg": "AutoUpdate.Enabled=y (/etc/waagent.conf:113)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_pass_default_current if {
	f := t.finding("linux", "agent_auto_update") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/waagent/conf/settings/4",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"msg": "AutoUpdate.Enabled=y (/etc/waagent.conf (not set: the agent's default))",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_current if {
	f := t.finding("linux", "agent_auto_update") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/conf/settings/4/value",
			"value": "n",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "linux.waagent.conf.settings.4",
				"msg": "AutoUpdate.Enabled is n (/etc/waagent.conf:113); current certification expects the agent to update itself: set AutoUpdate.Enabled=y",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_current if {
	f := t.finding("linux", "agent_auto_update") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/waagent/conf",
		},
	])
		with data.config.profile as "current"
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
	f := t.finding("linux", "agent_auto_update") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
