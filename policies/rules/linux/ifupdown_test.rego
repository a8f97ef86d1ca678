package vmimage.tests.linux.ifupdown

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "ifupdown") with input as fx.good
	f == {
		"details": [
			{
				"msg": "/sbin/ifup and /sbin/ifdown present",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail if {
	f := t.finding("linux", "ifupdown") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/network/ifupdown",
			"value": {
				"installed": false,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.ifupdown.installed",
				"msg": "ifup/ifdown are not installed (this image's network is configured by ifupdown); the guide requires networking controllable with ifup/ifdown, which its agent used to restart networking (§2.7): install ifupdown (Debian/Ubuntu) or network-scripts (RHEL), or judge with the current profile if the image targets current agents",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "ifupdown") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/network/ifupdown",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.network.ifupdown.installed",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "ifupdown") with input as json.patch(fx.good, [
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

test_not_applicable_current_profile if {
	f := t.finding("linux", "ifupdown") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/network/ifupdown", "value": {"installed": false}}])
		with data.config.profile as "current"
	f.status == "not_applicable"
	f.skip == ["not checked by the current profile (set ifupdown_required to enable it)"]
}

test_fail_netplan_image_guide if {
	f := t.finding("linux", "ifupdown") with input as json.patch(fx.good, [
		{"op": "replace", "path": "/linux/network/ifupdown", "value": {"installed": false}},
		{"op": "replace", "path": "/linux/network/stack", "value": ["netplan", "networkd"]},
	])
	f.status == "fail"
	f.details == [{
		"fact": "linux.network.ifupdown.installed",
		"msg": "ifup/ifdown are not installed (this image's network is configured by netplan, networkd); the guide requires networking controllable with ifup/ifdown, which its agent used to restart networking (§2.7): install ifupdown (Debian/Ubuntu) or network-scripts (RHEL), or judge with the current profile if the image targets current agents",
	}]
}
