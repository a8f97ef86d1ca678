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
				"msg": "root has a password hash in /etc/shadow:1, the same on every VM; the guide requires the root password deleted (§2.9): passwd -l root, or waagent -deprovision with Provisioning.DeleteRootPassword=y (it writes *LOCK*)",
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
				"msg": "the agent provisions this image (Provisioning.Agent not set in /etc/waagent.conf, so auto; cloud-init is not enabled) and Provisioning.DeleteRootPassword is n (/etc/waagent.conf:14); the guide requires the root password deleted (§2.9): set Provisioning.DeleteRootPassword=y",
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
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

rpd(doc, patch) := f if {
	f := t.finding("linux", "root_password_deleted") with input as json.patch(doc, patch)
}

test_fail_root_emptied_passwd_d if {
	f := rpd(fx.good, [{"op": "replace", "path": "/linux/root_password/state", "value": "empty"}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.root_password",
		"msg": "root's password field in /etc/shadow:1 is empty: a password-less root, not a deleted password; the guide requires the root password deleted (§2.9) (locked: *, !... or *LOCK*): passwd -l root, or waagent -deprovision with Provisioning.DeleteRootPassword=y (it writes *LOCK*)",
	}]
}

test_pass_cloud_init if {
	# DeleteRootPassword=n does not matter when cloud-init provisions
	f := rpd(fx.ci_good, [{"op": "replace", "path": "/linux/waagent/conf/settings/0/value", "value": "n"}])
	f.status == "pass"
	f.details == [{"msg": "cloud-init provisions and gives root no password; root password locked"}]
}

test_fail_cloud_init_sets_root_password if {
	f := rpd(fx.ci_good, [{"op": "replace", "path": "/linux/cloud_init/root_password_entries", "value": [{"file": "/etc/cloud/cloud.cfg.d/50-pw.cfg", "line": 4, "text": "chpasswd: list: root:secret"}]}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.cloud_init.root_password_entries.0",
		"msg": "cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11) and its configuration gives root a password at /etc/cloud/cloud.cfg.d/50-pw.cfg:4 (chpasswd: list: root:secret); the guide requires the root password deleted (§2.9): remove it",
	}]
}

test_fail_cloud_init_root_hash_advice if {
	f := rpd(fx.ci_good, [{"op": "replace", "path": "/linux/root_password/state", "value": "hash"}])
	f.details == [{
		"fact": "linux.root_password",
		"msg": "root has a password hash in /etc/shadow:1, the same on every VM; the guide requires the root password deleted (§2.9): passwd -l root (or usermod -p '*' root)",
	}]
}

test_unknown_cloud_init_entries_not_read if {
	f := rpd(fx.ci_good, [{"op": "remove", "path": "/linux/cloud_init/root_password_entries"}])
	f.status == "unknown"
	f.missing == ["linux.cloud_init.root_password_entries"]
}

test_pass_no_shadow_entry if {
	f := rpd(fx.good, [{"op": "replace", "path": "/linux/root_password/state", "value": "no_entry"}])
	f.details == [{"msg": "Provisioning.DeleteRootPassword=y (/etc/waagent.conf:14); root password not in /etc/shadow"}]
}

test_unknown_disabled if {
	f := rpd(fx.good, [{"op": "add", "path": "/linux/waagent/conf/settings/-", "value": {"key": "Provisioning.Agent", "value": "disabled", "line": 11}}])
	f.status == "unknown"
}
