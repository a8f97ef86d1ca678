package vmimage.tests.linux.resolv_conf_removed

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "resolv_conf_removed") with input as fx.good
	f == {
		"details": [
			{
				"msg": "/etc/resolv.conf is removed",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_present if {
	f := t.finding("linux", "resolv_conf_removed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/generalization/resolv_conf",
			"value": {
				"present": true,
				"file": "/etc/resolv.conf",
				"nameservers": 2,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.generalization.resolv_conf",
				"msg": "/etc/resolv.conf is present (2 nameserver line(s)); the guide requires it removed before capture (§2.7, §2.9): run waagent -deprovision or rm /etc/resolv.conf",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_runtime_link if {
	f := t.finding("linux", "resolv_conf_removed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/generalization/resolv_conf",
			"value": {
				"present": true,
				"file": "/etc/resolv.conf",
				"symlink_to": "/run/systemd/resolve/stub-resolv.conf",
			},
		},
	])
	f == {
		"details": [
			{
				"msg": "/etc/resolv.conf links to the runtime file /run/systemd/resolve/stub-resolv.conf",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown if {
	f := t.finding("linux", "resolv_conf_removed") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/generalization/resolv_conf",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.generalization.resolv_conf.present",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_unknown_no_stage if {
	f := t.finding("linux", "resolv_conf_removed") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/stage",
		},
	])
	f == {
		"details": [
			{
				"msg": "/etc/resolv.conf is removed",
			},
		],
		"missing": [
			"stage",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_deployed if {
	f := t.finding("linux", "resolv_conf_removed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/stage",
			"value": "deployed",
		},
	])
	f == {
		"details": [
			{
				"msg": "/etc/resolv.conf is removed",
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
	f := t.finding("linux", "resolv_conf_removed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "/etc/resolv.conf is removed",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
