package vmimage.tests.linux.no_lvm

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "no_lvm") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no LVM: the root file system is a plain partition",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_root_on_lvm if {
	f := t.finding("linux", "no_lvm") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/storage/lvm",
			"value": {
				"root_on_lvm": true,
				"volume_groups": [
					"vg0",
				],
				"evidence": "root file system is /dev/mapper/vg0-root",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.storage.lvm.root_on_lvm",
				"msg": "root file system is /dev/mapper/vg0-root: the root file system is on LVM; the guide recommends no LVM on the OS disk (§2.4): use a plain root partition",
			},
			{
				"fact": "linux.storage.lvm.volume_groups",
				"msg": "the image records LVM volume group(s) vg0 (/etc/lvm/backup); the guide recommends no LVM on the OS disk (§2.4): use a plain root partition",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "no_lvm") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/storage/lvm",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.storage.lvm",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "no_lvm") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "no LVM: the root file system is a plain partition",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
