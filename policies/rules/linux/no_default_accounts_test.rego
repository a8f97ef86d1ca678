package vmimage.tests.linux.no_default_accounts

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "no_default_accounts") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no usable passwords (other than root's, AZMP-LNX-027) and no authorized keys",
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
				"msg": "no usable passwords (other than root's, AZMP-LNX-027) and no authorized keys",
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
				"msg": "user packer has a password hash in /etc/shadow:20, the same on every VM; the guide forbids default accounts that are the same on every instance (§2.8): delete the user or lock it (passwd -l packer)",
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
				"msg": "/root/.ssh/authorized_keys holds 1 key(s) for root; the guide forbids default accounts that are the same on every instance (§2.8): delete the file",
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
				"msg": "no usable passwords (other than root's, AZMP-LNX-027) and no authorized keys",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown_shadow_unreadable if {
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [
		{"op": "remove", "path": "/linux/accounts/password_hashes"},
		{"op": "remove", "path": "/linux/accounts/passwords"},
	])
	f.status == "unknown"
	f.missing == ["linux.accounts.passwords"]
	g := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, [{"op": "remove", "path": "/linux/accounts/password_hashes"}])
	g.status == "pass"
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
		"details": [],
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
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

acct(patch) := f if {
	f := t.finding("linux", "no_default_accounts") with input as json.patch(fx.good, patch)
}

test_fail_empty_password_field if {
	f := acct([{"op": "add", "path": "/linux/accounts/passwords/-", "value": {"user": "debian", "uid": 1000, "state": "empty", "file": "/etc/shadow", "line": 25}}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.accounts.passwords.1",
		"msg": "user debian has an empty password field in /etc/shadow:25, which allows a password-less login; the guide forbids default accounts that are the same on every instance (§2.8): lock it (passwd -l debian or usermod -p '*' debian) or delete the user",
	}]
}

test_fail_hash_in_passwd_field if {
	f := acct([{"op": "add", "path": "/linux/accounts/passwords/-", "value": {"user": "svc", "uid": 998, "state": "hash", "file": "/etc/passwd", "line": 30}}])
	f.status == "fail"
	contains(f.details[0].msg, "user svc has a password hash in /etc/passwd:30")
}

test_pass_locked_accounts if {
	f := acct([{"op": "add", "path": "/linux/accounts/passwords/-", "value": {"user": "daemon", "uid": 1, "state": "locked", "file": "/etc/shadow", "line": 2}}])
	f.status == "pass"
}

test_pass_root_empty_is_lnx027 if {
	f := acct([{"op": "replace", "path": "/linux/accounts/passwords/0/state", "value": "empty"}])
	f.status == "pass"
}

test_no_double_report_of_a_hash if {
	f := acct([
		{"op": "add", "path": "/linux/accounts/passwords/-", "value": {"user": "packer", "state": "hash", "file": "/etc/shadow", "line": 20}},
		{"op": "replace", "path": "/linux/accounts/password_hashes", "value": [{"user": "packer", "file": "/etc/shadow", "line": 20}]},
	])
	count(f.details) == 1
	f.details[0].fact == "linux.accounts.passwords.1"
}

test_fail_skel_keys if {
	f := acct([{"op": "replace", "path": "/linux/accounts/authorized_keys", "value": [{"user": "(skel)", "file": "/etc/skel/.ssh/authorized_keys", "keys": 2, "source": "skel"}]}])
	f.details == [{
		"fact": "linux.accounts.authorized_keys.0",
		"msg": "/etc/skel/.ssh/authorized_keys holds 2 key(s) for (skel) (copied into the home of every new user); the guide forbids default accounts that are the same on every instance (§2.8): delete the file",
	}]
}

test_fail_custom_authorized_keys_file if {
	f := acct([
		{"op": "replace", "path": "/linux/accounts/authorized_keys", "value": [{"user": "ops", "file": "/etc/ssh/keys/ops", "keys": 1, "source": "sshd"}]},
		{"op": "add", "path": "/linux/accounts/authorized_keys_file", "value": {"value": ["/etc/ssh/keys/%u"], "file": "/etc/ssh/sshd_config.d/keys.conf", "line": 1}},
	])
	f.details == [{
		"fact": "linux.accounts.authorized_keys.0",
		"msg": "/etc/ssh/keys/ops holds 1 key(s) for ops (read by sshd through AuthorizedKeysFile /etc/ssh/keys/%u); the guide forbids default accounts that are the same on every instance (§2.8): delete the file",
	}]
}

test_pass_cloud_init_stub_only if {
	f := acct([{"op": "replace", "path": "/linux/accounts/authorized_keys", "value": [{"user": "root", "file": "/root/.ssh/authorized_keys", "keys": 0, "stubs": 1, "source": "sshd"}]}])
	f.status == "pass"
	f.details == [{"msg": "no usable passwords (other than root's, AZMP-LNX-027) and no authorized keys; 1 cloud-init login stub line(s), which grant no login"}]
}

test_unknown_authorized_keys_command if {
	f := acct([{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.accounts.authorized_keys", "file": "/etc/ssh/sshd_config", "line": 40, "reason": "AuthorizedKeysCommand"}]}])
	f.status == "unknown"
	f.missing == ["linux.accounts.authorized_keys (not understood: /etc/ssh/sshd_config:40: AuthorizedKeysCommand)"]
}

test_fail_keys_without_source_with_akf if {
	f := acct([
		{"op": "replace", "path": "/linux/accounts/authorized_keys", "value": [{"user": "ops", "file": "/home/ops/.ssh/authorized_keys2", "keys": 1}]},
		{"op": "add", "path": "/linux/accounts/authorized_keys_file", "value": {"value": [".ssh/authorized_keys", ".ssh/authorized_keys2"]}},
	])
	f.status == "fail"
}
