package vmimage.tests.linux.ssh_host_keys_regenerated

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "ssh_host_keys_regenerated") with input as fx.good
	f == {
		"details": [
			{
				"msg": "Provisioning.RegenerateSshHostKeyPair=y (/etc/waagent.conf:17)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_setting if {
	f := t.finding("linux", "ssh_host_keys_regenerated") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/conf/settings/1/value",
			"value": "n",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.conf.settings.1",
				"msg": "Provisioning.RegenerateSshHostKeyPair is n (/etc/waagent.conf:17); the guide requires y (§2.9): set Provisioning.RegenerateSshHostKeyPair=y",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_setting_unset_default if {
	f := t.finding("linux", "ssh_host_keys_regenerated") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/waagent/conf/settings/1",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.conf",
				"msg": "Provisioning.RegenerateSshHostKeyPair is n (/etc/waagent.conf (not set: the agent's default)); the guide requires y (§2.9): set Provisioning.RegenerateSshHostKeyPair=y",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_keys_left if {
	f := t.finding("linux", "ssh_host_keys_regenerated") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/generalization/ssh_host_keys",
			"value": [
				"/etc/ssh/ssh_host_ed25519_key",
				"/etc/ssh/ssh_host_ed25519_key.pub",
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.generalization.ssh_host_keys",
				"msg": "2 SSH host key file(s) left in the image (/etc/ssh/ssh_host_ed25519_key, /etc/ssh/ssh_host_ed25519_key.pub); the guide requires them removed (§2.9): rm /etc/ssh/ssh_host_* or run waagent -deprovision",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_deployed_keys_regenerated if {
	f := t.finding("linux", "ssh_host_keys_regenerated") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/stage",
			"value": "deployed",
		},
		{
			"op": "replace",
			"path": "/linux/generalization/ssh_host_keys",
			"value": [
				"/etc/ssh/ssh_host_ed25519_key",
			],
		},
	])
	f == {
		"details": [
			{
				"msg": "Provisioning.RegenerateSshHostKeyPair=y (/etc/waagent.conf:17)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown if {
	f := t.finding("linux", "ssh_host_keys_regenerated") with input as json.patch(fx.good, [
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
	f := t.finding("linux", "ssh_host_keys_regenerated") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "Provisioning.RegenerateSshHostKeyPair=y (/etc/waagent.conf:17)",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
