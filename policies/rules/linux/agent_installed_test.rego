package vmimage.tests.linux.agent_installed

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "agent_installed") with input as fx.good
	f == {
		"details": [
			{
				"msg": "waagent 2.7.3.0 at /usr/sbin/waagent, executable; walinuxagent.service enabled at boot",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_not_installed if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent",
			"value": {
				"installed": false,
				"conf": {
					"present": false,
				},
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.installed",
				"msg": "the Azure Linux Agent is not installed (no waagent in /usr/sbin or /usr/bin); the guide requires it (§2.2): install the distribution's walinuxagent/WALinuxAgent package",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_not_executable if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/executable",
			"value": false,
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.path",
				"msg": "/usr/sbin/waagent is not executable; the guide requires an executable agent (§2.2): chmod 755 /usr/sbin/waagent",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_old_version_guide if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/version",
			"value": "2.2.18",
		},
	])
	f == {
		"details": [
			{
				"msg": "waagent 2.2.18 at /usr/sbin/waagent, executable; walinuxagent.service enabled at boot",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_old_version_current if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/version",
			"value": "2.2.18",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"fact": "linux.waagent.version",
				"msg": "waagent 2.2.18 at /usr/sbin/waagent is older than 2.2.41, the minimum current certification accepts (§2.2): update the agent package",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_version_numeric_order_current if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/version",
			"value": "2.2.100",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"msg": "waagent 2.2.100 at /usr/sbin/waagent, executable; walinuxagent.service enabled at boot",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_unknown_version_current if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/waagent/version",
		},
	])
		with data.config.profile as "current"
	f == {
		"details": [
			{
				"msg": "waagent (version unknown) at /usr/sbin/waagent, executable; walinuxagent.service enabled at boot",
			},
		],
		"missing": [
			"linux.waagent.version",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_unknown_no_waagent_facts if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/waagent",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.waagent.installed",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
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

test_fail_service_disabled if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/waagent/service/enabled", "value": false}])
	f == {
		"details": [{
			"fact": "linux.waagent.service.enabled",
			"msg": "the agent's unit walinuxagent.service (/lib/systemd/system/walinuxagent.service) is not enabled for the default target, so the agent does not start at boot; the guide requires the agent running to provision the VM (§2.2): systemctl enable walinuxagent.service",
		}],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_service_not_read if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [{"op": "remove", "path": "/linux/waagent/service"}])
	f.status == "unknown"
	f.missing == ["linux.waagent.service"]
}

test_pass_deployed_running if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{"op": "replace", "path": "/stage", "value": "deployed"},
		{"op": "add", "path": "/linux/waagent/service/active", "value": true},
		{"op": "replace", "path": "/linux/waagent/service/enabled", "value": false},
	])
	f.status == "pass"
	f.details == [{"msg": "waagent 2.7.3.0 at /usr/sbin/waagent, executable; walinuxagent.service running"}]
}

test_fail_deployed_not_running if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [
		{"op": "replace", "path": "/stage", "value": "deployed"},
		{"op": "add", "path": "/linux/waagent/service/active", "value": false},
	])
	f.status == "fail"
	f.details[0].fact == "linux.waagent.service.active"
}

test_unknown_deployed_activity if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [{"op": "replace", "path": "/stage", "value": "deployed"}])
	f.status == "unknown"
	f.missing == ["linux.waagent.service.active"]
}

test_fail_huge_version_current if {
	f := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/waagent/version", "value": "2.2.40"}])
		with data.config.profile as "current"
	f.status == "fail"
	g := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/waagent/version", "value": "2.2.99999999999999999999"}])
		with data.config.profile as "current"
	g.status == "pass"
	h := t.finding("linux", "agent_installed") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/waagent/version", "value": "2.2.41"}])
		with data.config.profile as "current"
	h.status == "pass"
}
