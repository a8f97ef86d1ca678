package vmimage.tests.linux.no_swap

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "no_swap") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no swap in /etc/fstab, no swap files",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_fstab if {
	f := t.finding("linux", "no_swap") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/storage/swap/fstab",
			"value": [
				{
					"spec": "/dev/sda3",
					"file": "/etc/fstab",
					"line": 4,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.storage.swap.fstab.0",
				"msg": "swap /dev/sda3 in /etc/fstab:4; the guide forbids swap on the OS and data disks (§2.4): remove it and use ResourceDisk.EnableSwap",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_file if {
	f := t.finding("linux", "no_swap") with input as json.patch(fx.good, [
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
				"fact": "linux.storage.swap.files.0",
				"msg": "swap file /swapfile (1048576 bytes); the guide forbids swap on the OS and data disks (§2.4): delete it and use ResourceDisk.EnableSwap",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_active if {
	f := t.finding("linux", "no_swap") with input as json.patch(fx.good, [
		{
			"op": "add",
			"path": "/linux/storage/swap/active",
			"value": [
				"/dev/sda3",
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.storage.swap.active",
				"msg": "swap /dev/sda3 is active; the guide forbids swap on the OS and data disks (§2.4): swapoff it and remove it",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown_fstab_unreadable if {
	f := t.finding("linux", "no_swap") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/storage/swap/fstab",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.storage.swap.fstab",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "no_swap") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "no swap in /etc/fstab, no swap files",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
