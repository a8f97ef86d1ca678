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
				"msg": "/etc/resolv.conf is a regular file (2 nameserver line(s)) that would carry this build's DNS configuration into every VM; the guide requires it removed before capture (§2.7, §2.9): rm /etc/resolv.conf as the last step (waagent -deprovision removes it)",
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
				"msg": "/etc/resolv.conf links to the runtime file /run/systemd/resolve/stub-resolv.conf, which the agent keeps",
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
		"details": [],
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
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

rcf(v) := f if {
	f := t.finding("linux", "resolv_conf_removed") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/generalization/resolv_conf", "value": v}])
}

test_pass_relative_stub_link if {
	f := rcf({"present": true, "kind": "symlink", "file": "/etc/resolv.conf", "symlink_to": "../run/systemd/resolve/stub-resolv.conf", "resolves_to": "/run/systemd/resolve/stub-resolv.conf", "generated_by": "systemd-resolved"})
	f.status == "pass"
	f.details == [{"msg": "/etc/resolv.conf links to the runtime file /run/systemd/resolve/stub-resolv.conf (generated at boot by systemd-resolved), which the agent keeps"}]
}

test_unknown_relative_link_unresolved if {
	f := rcf({"present": true, "kind": "symlink", "file": "/etc/resolv.conf", "symlink_to": "../run/resolvconf/resolv.conf"})
	f.status == "unknown"
	f.missing == ["linux.generalization.resolv_conf.resolves_to"]
}

test_fail_link_to_static_file if {
	f := rcf({"present": true, "kind": "symlink", "file": "/etc/resolv.conf", "symlink_to": "resolv.conf.static", "resolves_to": "/etc/resolv.conf.static"})
	f.status == "fail"
	f.details == [{
		"fact": "linux.generalization.resolv_conf",
		"msg": "/etc/resolv.conf is a symlink to resolv.conf.static (resolves to /etc/resolv.conf.static), a file kept in the image rather than one generated at boot under /run; the guide requires resolv.conf removed before capture (§2.7, §2.9): remove the link (rm /etc/resolv.conf), or point it at the resolver's runtime file (e.g. ../run/systemd/resolve/stub-resolv.conf)",
	}]
}

test_fail_absolute_link_old_probe if {
	f := rcf({"present": true, "file": "/etc/resolv.conf", "symlink_to": "/etc/resolvconf/static"})
	f.status == "fail"
	contains(f.details[0].msg, "is a symlink to /etc/resolvconf/static, a file kept")
}

test_fail_regular_file if {
	f := rcf({"present": true, "kind": "regular", "file": "/etc/resolv.conf", "nameservers": 1})
	f.status == "fail"
	f.details == [{
		"fact": "linux.generalization.resolv_conf",
		"msg": "/etc/resolv.conf is a regular file (1 nameserver line(s)) that would carry this build's DNS configuration into every VM; the guide requires it removed before capture (§2.7, §2.9): rm /etc/resolv.conf as the last step (waagent -deprovision removes it)",
	}]
}

test_fail_other_kind if {
	f := rcf({"present": true, "kind": "other", "file": "/etc/resolv.conf"})
	f.status == "fail"
}

test_pass_kind_absent if {
	rcf({"present": false, "kind": "absent"}).status == "pass"
}
