package vmimage.tests.linux.single_root_partition

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "single_root_partition") with input as fx.good
	f == {
		"details": [
			{
				"msg": "one root partition: UUID=x (/etc/fstab:2)",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_two_roots if {
	f := t.finding("linux", "single_root_partition") with input as json.patch(fx.good, [
		{
			"op": "add",
			"path": "/linux/storage/mounts/-",
			"value": {
				"spec": "/dev/sda2",
				"mountpoint": "/",
				"fstype": "ext4",
				"file": "/etc/fstab",
				"line": 3,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.storage.mounts",
				"msg": "/etc/fstab mounts 2 file systems at /: UUID=x (/etc/fstab:2), /dev/sda2 (/etc/fstab:3); the guide requires a single root partition (§2.4): keep one",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_no_root if {
	f := t.finding("linux", "single_root_partition") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/storage/mounts",
			"value": [],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.storage.mounts",
				"msg": "/etc/fstab mounts no root file system; the guide requires a single root partition on the OS disk (§2.4): add the root partition to /etc/fstab",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "single_root_partition") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/storage/mounts",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.storage.mounts",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "single_root_partition") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [
			{
				"msg": "one root partition: UUID=x (/etc/fstab:2)",
			},
		],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}
