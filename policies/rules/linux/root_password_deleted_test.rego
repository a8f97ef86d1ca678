package vmimage.tests.linux.root_password_deleted

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "root_password_deleted") with input as fx.good
	f == {
		"details": [
			{
				"msg": "Provisioning.DeleteRootPassword=y (/etc/waagent.conf:14); root password locked",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_hash if {
	f := t.finding("linux", "root_password_deleted") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/root_password/state",
			"value": "hash",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.root_password",
				"msg": "root has a password hash in /etc/shadow:1; the guide requires the root password deleted (§2.9): passwd -l root (or waagent -deprovision)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_setting if {
	f := t.finding("linux", "root_password_deleted") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/conf/settings/0/value",
			"value": "n",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.conf.settings.0",
				"msg": "Provisioning.DeleteRootPassword is n (/etc/waagent.conf:14); the guide requires y (§2.9): set Provisioning.DeleteRootPassword=y",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_last_assignment_wins if {
	f := t.finding("linux", "root_password_deleted") with input as json.patch(fx.good, [
		{
			"op": "add",
			"path": "/linux/waagent/conf/settings/-",
			"value": {
				"key": "Provisioning.DeleteRootPassword",
				"value": "Y",
				"line": 200,
			},
		},
		{
			"op": "replace",
			"path": "/linux/waagent/conf/settings/0/value",
			"value": "n",
		},
	])
	f == {
		"details": [
			{
				"msg": "Provisioning.DeleteRootPassword=y (/etc/waagent.conf:200); root password locked",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown if {
	f := t.finding("linux", "root_password_deleted") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/root_password",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.root_password.state",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "root_password_deleted") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "Provisioning.DeleteRootPassword=y (/etc/waagent.conf:14); root password locked",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
