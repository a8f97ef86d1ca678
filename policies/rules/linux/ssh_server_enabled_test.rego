package vmimage.tests.linux.ssh_server_enabled

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "ssh_server_enabled") with input as fx.good
	f == {
		"details": [
			{
				"msg": "SSH server /usr/sbin/sshd installed and enabled",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_not_installed if {
	f := t.finding("linux", "ssh_server_enabled") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh",
			"value": {
				"installed": false,
				"enabled": false,
				"blocked": false,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.ssh.installed",
				"msg": "no SSH server is installed; the guide recommends SSH for end users (§2.6): install openssh-server and enable it",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_disabled if {
	f := t.finding("linux", "ssh_server_enabled") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/enabled",
			"value": false,
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.ssh.enabled",
				"msg": "the SSH server /usr/sbin/sshd is installed but not enabled at boot; the guide recommends SSH (§2.6): systemctl enable ssh (or sshd)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "ssh_server_enabled") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/ssh/enabled",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.ssh.enabled",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_blocked if {
	f := t.finding("linux", "ssh_server_enabled") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/blocked",
			"value": true,
		},
		{
			"op": "add",
			"path": "/linux/ssh/blocked_reason",
			"value": "the ssh service is masked",
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"SSH is explicitly blocked (the ssh service is masked)",
		],
		"status": "not_applicable",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "ssh_server_enabled") with input as json.patch(fx.good, [
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
