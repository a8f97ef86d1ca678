package vmimage.tests.linux.swap_via_agent

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "swap_via_agent") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no swap on the image's disks; agent swap off (ResourceDisk.EnableSwap=n, /etc/waagent.conf:52)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_pass_agent_swap if {
	f := t.finding("linux", "swap_via_agent") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/conf/settings/2/value",
			"value": "y",
		},
		{
			"op": "replace",
			"path": "/linux/waagent/conf/settings/3/value",
			"value": "2048",
		},
	])
	f == {
		"details": [
			{
				"msg": "agent swap on the resource disk: 2048 MB (/etc/waagent.conf:55)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_notice_swap_on_disk if {
	f := t.finding("linux", "swap_via_agent") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/storage/swap/files",
			"value": [
				{
					"path": "/swapfile",
					"size": 1048576,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.storage.swap",
				"msg": "swap is configured on the image's disks (1 swap area(s), see AZMP-LNX-010); swap belongs on the resource disk (§2.4): set ResourceDisk.EnableSwap=y and ResourceDisk.SwapSizeMB in /etc/waagent.conf",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_notice_enabled_without_size if {
	f := t.finding("linux", "swap_via_agent") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/waagent/conf/settings/2/value",
			"value": "y",
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.waagent.conf.settings.3",
				"msg": "ResourceDisk.EnableSwap=y (/etc/waagent.conf:52) but ResourceDisk.SwapSizeMB is 0 (/etc/waagent.conf:55), so the agent creates no swap (§2.4): set a size in MB",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "swap_via_agent") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/storage/swap",
		},
	])
	f == {
		"details": [
			{
				"msg": "no swap on the image's disks; agent swap off (ResourceDisk.EnableSwap=n, /etc/waagent.conf:52)",
			},
		],
		"missing": [
			"linux.storage.swap",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "swap_via_agent") with input as json.patch(fx.good, [
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

swap_size(v) := f if {
	f := t.finding("linux", "swap_via_agent") with input as json.patch(fx.good, [
		{"op": "replace", "path": "/linux/waagent/conf/settings/2/value", "value": "y"},
		{"op": "replace", "path": "/linux/waagent/conf/settings/3/value", "value": v},
	])
}

test_swap_size_read_as_an_integer if {
	swap_size("0").status == "fail"
	swap_size("abc").status == "fail"
	swap_size("-5").status == "fail"
	swap_size("2048").status == "pass"
	swap_size("99999999999999999999").status == "pass"
}

test_fail_swap_unit_counts_as_on_disk if {
	f := t.finding("linux", "swap_via_agent") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/storage/swap/units", "value": [{"unit": "swapfile.swap"}]}])
	f.status == "fail"
	contains(f.details[0].msg, "(1 swap area(s), see AZMP-LNX-010)")
}
