package vmimage.tests.linux.no_default_accounts

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "no_default_accounts") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no password hashes (other than root's) and no authorized keys",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_pass_root_hash_is_lnx027 if {
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/accounts/password_hashes",
			"value": [
				{
					"user": "root",
					"uid": 0,
					"file": "/etc/shadow",
					"line": 1,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"msg": "no password hashes (other than root's) and no authorized keys",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_user_hash if {
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/accounts/password_hashes",
			"value": [
				{
					"user": "packer",
					"uid": 1000,
					"file": "/etc/shadow",
					"line": 20,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.accounts.password_hashes.0",
				"msg": "user packer has a password hash in /etc/shadow:20; the guide forbids default accounts that are the same on every instance (§2.8): delete the user or lock it (passwd -l packer)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_authorized_keys if {
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/accounts/authorized_keys",
			"value": [
				{
					"user": "root",
					"file": "/root/.ssh/authorized_keys",
					"keys": 1,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.accounts.authorized_keys.0",
				"msg": "/root/.ssh/authorized_keys holds 1 key(s) for root; the guide forbids default accounts that are the same on every instance (§2.8): remove the file (waagent -deprovision+user)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_empty_authorized_keys if {
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/accounts/authorized_keys",
			"value": [
				{
					"user": "root",
					"file": "/root/.ssh/authorized_keys",
					"keys": 0,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"msg": "no password hashes (other than root's) and no authorized keys",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown_shadow_unreadable if {
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/accounts/password_hashes",
		},
	])
	f == {
		"details": [
			{
				"msg": "no password hashes (other than root's) and no authorized keys",
			},
		],
		"missing": [
			"linux.accounts.password_hashes",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_deployed if {
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/stage",
			"value": "deployed",
		},
	])
	f == {
		"details": [
			{
				"msg": "no password hashes (other than root's) and no authorized keys",
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
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "no password hashes (other than root's) and no authorized keys",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
