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
				"msg": "the agent provisions this image (Provisioning.Agent not set in /etc/waagent.conf, so auto; cloud-init is not enabled) and Provisioning.RegenerateSshHostKeyPair is n (/etc/waagent.conf:17); the guide requires SSH host keys regenerated for every VM (§2.9): set Provisioning.RegenerateSshHostKeyPair=y",
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
				"msg": "the agent provisions this image (Provisioning.Agent not set in /etc/waagent.conf, so auto; cloud-init is not enabled) and Provisioning.RegenerateSshHostKeyPair is n (/etc/waagent.conf (not set: the agent's default)); the guide requires SSH host keys regenerated for every VM (§2.9): set Provisioning.RegenerateSshHostKeyPair=y",
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
				"msg": "2 SSH host key file(s) left in the image (/etc/ssh/ssh_host_ed25519_key, /etc/ssh/ssh_host_ed25519_key.pub); the guide requires SSH host keys regenerated for every VM (§2.9): delete them before capture (rm /etc/ssh/ssh_host_ed25519_key /etc/ssh/ssh_host_ed25519_key.pub); the provisioner makes new ones at first boot",
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
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

hk(doc, patch) := f if {
	f := t.finding("linux", "ssh_host_keys_regenerated") with input as json.patch(doc, patch)
}

test_pass_cloud_init_default_deletekeys if {
	# RegenerateSshHostKeyPair=n does not matter when cloud-init provisions
	f := hk(fx.ci_good, [{"op": "replace", "path": "/linux/waagent/conf/settings/1/value", "value": "n"}])
	f.status == "pass"
	f.details == [{"msg": "cloud-init provisions and deletes the host keys per VM (ssh_deletekeys: true, not set in cloud.cfg or cloud.cfg.d: cloud-init's default)"}]
}

test_fail_cloud_init_deletekeys_false if {
	f := hk(fx.ci_good, [{"op": "add", "path": "/linux/cloud_init/settings/ssh_deletekeys", "value": {"value": false, "file": "/etc/cloud/cloud.cfg.d/99-keep.cfg", "line": 1}}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.cloud_init.settings.ssh_deletekeys",
		"msg": "cloud-init provisions this image (Provisioning.Agent=cloud-init at /etc/waagent.conf:11) and its ssh_deletekeys is false (/etc/cloud/cloud.cfg.d/99-keep.cfg:1), so every VM keeps the image's host keys; the guide requires SSH host keys regenerated for every VM (§2.9): set ssh_deletekeys: true in /etc/cloud/cloud.cfg.d/",
	}]
}

test_fail_cloud_init_no_genkeytypes if {
	f := hk(fx.ci_good, [{"op": "add", "path": "/linux/cloud_init/settings/ssh_genkeytypes", "value": {"value": [], "file": "/etc/cloud/cloud.cfg", "line": 40}}])
	f.status == "fail"
	f.details[0].fact == "linux.cloud_init.settings.ssh_genkeytypes"
}

test_auto_follows_cloud_init_local if {
	auto := json.patch(fx.ci_good, [{"op": "replace", "path": "/linux/waagent/conf/settings/5/value", "value": "auto"}])
	f := hk(auto, [{"op": "add", "path": "/linux/cloud_init/settings/ssh_deletekeys", "value": {"value": false, "file": "/etc/cloud/cloud.cfg", "line": 3}}])
	f.status == "fail"
	startswith(f.details[0].msg, "cloud-init provisions this image (Provisioning.Agent=auto at /etc/waagent.conf:11; cloud-init is enabled)")

	# cloud-init-local.service disabled: the agent provisions, and its own setting counts
	g := hk(auto, [
		{"op": "replace", "path": "/linux/cloud_init/services/0/enabled", "value": false},
		{"op": "replace", "path": "/linux/waagent/conf/settings/1/value", "value": "n"},
	])
	g.status == "fail"
	startswith(g.details[0].msg, "the agent provisions this image (Provisioning.Agent=auto at /etc/waagent.conf:11; cloud-init is not enabled)")
}

test_unknown_auto_without_cloud_init_facts if {
	f := hk(fx.good, [{"op": "remove", "path": "/linux/cloud_init"}])
	f.status == "unknown"
	f.missing == ["linux.cloud_init.installed"]
}

test_unknown_cloud_init_settings_not_read if {
	f := hk(fx.ci_good, [{"op": "remove", "path": "/linux/cloud_init/settings"}])
	f.status == "unknown"
	f.missing == ["linux.cloud_init.settings"]
}

test_unknown_provisioning_disabled if {
	f := hk(fx.good, [{"op": "add", "path": "/linux/waagent/conf/settings/-", "value": {"key": "Provisioning.Agent", "value": "disabled", "line": 11}}])
	f.status == "unknown"
	f.missing == ["linux.waagent.conf.settings (Provisioning.Agent=disabled at /etc/waagent.conf:11: no provisioner named, so who does this per VM is not known)"]
}

test_other_value_agent_provisions if {
	f := hk(fx.good, [{"op": "add", "path": "/linux/waagent/conf/settings/-", "value": {"key": "Provisioning.Agent", "value": "cloudinit", "line": 11}}])
	f.status == "pass"
}
