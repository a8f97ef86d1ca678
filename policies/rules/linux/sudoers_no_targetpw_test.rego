package vmimage.tests.linux.sudoers_no_targetpw

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_not_applicable_guide if {
	f := t.finding("linux", "sudoers_no_targetpw") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/sudoers/targetpw",
			"value": [
				{
					"file": "/etc/sudoers",
					"line": 9,
					"text": "Defaults targetpw",
				},
			],
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"not checked by the guide profile (set sudoers_targetpw_enabled to enable it)",
		],
		"status": "not_applicable",
	}
}

test_pass_current if {
	f := t.finding("linux", "sudoers_no_targetpw") with input as fx.good
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"msg": "no Defaults targetpw in sudoers",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_current if {
	f := t.finding("linux", "sudoers_no_targetpw") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/sudoers/targetpw",
			"value": [
				{
					"file": "/etc/sudoers",
					"line": 9,
					"text": "Defaults targetpw",
				},
			],
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "linux.sudoers.targetpw.0",
				"msg": "/etc/sudoers:9 sets targetpw (Defaults targetpw); current certification rejects it: remove the line",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_current if {
	f := t.finding("linux", "sudoers_no_targetpw") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/sudoers",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [],
		"missing": [
			"linux.sudoers.targetpw",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "sudoers_no_targetpw") with input as json.patch(fx.good, [
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
