package vmimage.tests.linux.ssh_client_alive_interval

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as fx.good
	f == {
		"details": [
			{
				"msg": "ClientAliveInterval is 180 in /etc/ssh/sshd_config:41",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_600 if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/client_alive_interval",
			"value": {
				"raw": "600",
				"value": 600,
				"file": "/etc/ssh/sshd_config",
				"line": 41,
				"source": "config",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.ssh.client_alive_interval",
				"msg": "ClientAliveInterval is 600 in /etc/ssh/sshd_config:41; the guide accepts 30–235 and recommends 180 (§2.6): set ClientAliveInterval 180",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_10 if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/client_alive_interval",
			"value": {
				"raw": "10",
				"value": 10,
				"file": "/etc/ssh/sshd_config",
				"line": 41,
				"source": "config",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.ssh.client_alive_interval",
				"msg": "ClientAliveInterval is 10 in /etc/ssh/sshd_config:41; the guide accepts 30–235 and recommends 180 (§2.6): set ClientAliveInterval 180",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_warn_120 if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/client_alive_interval",
			"value": {
				"raw": "2m",
				"value": 120,
				"file": "/etc/ssh/sshd_config.d/a.conf",
				"line": 1,
				"source": "config",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.ssh.client_alive_interval",
				"msg": "ClientAliveInterval is 120 in /etc/ssh/sshd_config.d/a.conf:1; the guide accepts 30–235 and recommends 180 (§2.6): consider 180",
				"severity": "warning",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_not_set if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/client_alive_interval",
			"value": {
				"value": 0,
				"file": "/etc/ssh/sshd_config",
				"source": "default",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.ssh.client_alive_interval",
				"msg": "ClientAliveInterval is not set in /etc/ssh/sshd_config (sshd's default 0 sends no keep-alives); the guide accepts 30–235 and recommends 180 (§2.6): add ClientAliveInterval 180",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_invalid if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/client_alive_interval",
			"value": {
				"raw": "3x",
				"file": "/etc/ssh/sshd_config",
				"line": 7,
				"source": "config",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.ssh.client_alive_interval",
				"msg": "ClientAliveInterval \"3x\" in /etc/ssh/sshd_config:7 is not a valid time; the guide accepts 30–235 and recommends 180 (§2.6): set ClientAliveInterval 180",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_sshd_t if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/client_alive_interval",
			"value": {
				"value": 180,
				"source": "sshd -T",
			},
		},
	])
	f == {
		"details": [
			{
				"msg": "ClientAliveInterval is 180 in the effective configuration (sshd -T)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown_unreadable if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/ssh/client_alive_interval",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.ssh.client_alive_interval",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_blocked if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/ssh/blocked",
			"value": true,
		},
		{
			"op": "add",
			"path": "/linux/ssh/blocked_reason",
			"value": "/etc/ssh/sshd_not_to_be_run exists",
		},
		{
			"op": "remove",
			"path": "/linux/ssh/client_alive_interval",
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"SSH is explicitly blocked (/etc/ssh/sshd_not_to_be_run exists): no keep-alive is needed (§2.6)",
		],
		"status": "not_applicable",
	}
}

test_not_applicable_no_server if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
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
		"details": [],
		"missing": [],
		"skip": [
			"no SSH server is installed (AZMP-LNX-013 reports it)",
		],
		"status": "not_applicable",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "ssh_client_alive_interval") with input as json.patch(fx.good, [
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
