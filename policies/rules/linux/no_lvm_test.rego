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
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

# The OS disk's partition table (read from the disk itself).
table(parts) := {"scheme": "gpt", "gpt_backup_used": false, "partitions": parts}

gen2_parts := [
	{"number": 1, "kind": "bios-boot", "type": "21686148-6449-6e6f-744e-656564454649", "fs": "unknown", "size_bytes": 1048576, "root": false},
	{"number": 2, "kind": "efi", "type": "c12a7328-f81f-11d2-ba4b-00a0c93ec93b", "fs": "vfat", "size_bytes": 104857600, "root": false},
	{"number": 3, "kind": "linux", "type": "0fc63daf-8483-4772-8e79-3d69d8477de4", "fs": "ext", "size_bytes": 314572800, "holds_root": true, "root": true},
]

test_partition_table_plain_passes if {
	f := t.finding("linux", "no_lvm") with input as object.union(fx.good, {"disks": {"os": {"partition_table": table(gen2_parts)}}})
	f.status == "pass"
}

test_partition_typed_lvm_fails if {
	p := {"number": 2, "kind": "lvm", "type": "8e", "fs": "unknown", "size_bytes": 1048576, "root": false}
	f := t.finding("linux", "no_lvm") with input as object.union(fx.good, {"disks": {"os": {"partition_table": table([gen2_parts[2], p])}}})
	f.status == "fail"
	f.details == [{
		"fact": "disks.os.partition_table.partitions.1",
		"msg": "partition 2 of the OS disk is an LVM physical volume (its partition type 8e is Linux LVM); the guide recommends no LVM on the OS disk (§2.4): use a plain root partition and delete that partition",
	}]
}

test_partition_with_lvm_label_fails_without_linux_facts if {
	p := {"number": 4, "kind": "linux", "type": "0fc63daf-8483-4772-8e79-3d69d8477de4", "fs": "lvm-pv", "size_bytes": 1048576, "root": false}
	f := t.finding("linux", "no_lvm") with input as {"disks": {"os": {"partition_table": table([p])}}}
	f.status == "fail"
	f.details[0].msg == "partition 4 of the OS disk is an LVM physical volume (it carries an LVM2 physical-volume label); the guide recommends no LVM on the OS disk (§2.4): use a plain root partition and delete that partition"
}

test_partition_table_without_lvm_and_no_linux_facts_stays_unknown if {
	f := t.finding("linux", "no_lvm") with input as {"disks": {"os": {"partition_table": table(gen2_parts)}}}
	f.status == "unknown"
}
