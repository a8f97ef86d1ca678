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
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

# The OS disk's partition table (read from the disk itself).
gen2_parts := [
	{"number": 1, "kind": "bios-boot", "type": "21686148-6449-6e6f-744e-656564454649", "fs": "unknown", "size_bytes": 1048576, "root": false},
	{"number": 2, "kind": "efi", "type": "c12a7328-f81f-11d2-ba4b-00a0c93ec93b", "fs": "vfat", "size_bytes": 104857600, "root": false},
	{"number": 3, "kind": "linux", "type": "0fc63daf-8483-4772-8e79-3d69d8477de4", "fs": "ext", "size_bytes": 314572800, "holds_root": true, "root": true},
]

with_parts(doc, parts) := object.union(doc, {"disks": {"os": {"partition_table": {"scheme": "gpt", "gpt_backup_used": false, "partitions": parts}}}})

test_partition_table_one_root_passes if {
	f := t.finding("linux", "single_root_partition") with input as with_parts(fx.good, gen2_parts)
	f.status == "pass"
	f.details == [{"msg": "one root partition: UUID=x (/etc/fstab:2)"}, {"msg": "partition 3 is the only OS root on the OS disk"}]
}

test_two_root_partitions_fail if {
	second := object.union(gen2_parts[2], {"number": 4, "root": false})
	f := t.finding("linux", "single_root_partition") with input as with_parts(fx.good, array.concat(gen2_parts, [second]))
	f.status == "fail"
	f.details == [{
		"fact": "disks.os.partition_table.partitions",
		"msg": "partitions 3, 4 of the OS disk each hold an OS root (an ext file system with /etc/fstab); the guide requires a single root partition (§2.4): keep one and delete the others",
	}]
}

test_unread_partition_beside_the_root_is_unknown if {
	other := {"number": 4, "kind": "linux", "type": "0fc63daf-8483-4772-8e79-3d69d8477de4", "fs": "xfs", "size_bytes": 1048576, "root": false}
	f := t.finding("linux", "single_root_partition") with input as with_parts(fx.good, array.concat(gen2_parts, [other]))
	f.status == "unknown"
	f.missing == ["disks.os.partition_table.partitions.3.holds_root"]
}

test_ext_without_fstab_is_not_a_root if {
	home := {"number": 4, "kind": "linux", "type": "83", "fs": "ext", "size_bytes": 1048576, "holds_root": false, "root": false}
	f := t.finding("linux", "single_root_partition") with input as with_parts(fx.good, array.concat(gen2_parts, [home]))
	f.status == "pass"
}

test_two_roots_fail_even_beside_an_unread_partition if {
	second := object.union(gen2_parts[2], {"number": 4, "root": false})
	other := {"number": 5, "kind": "other", "type": "aa", "fs": "unknown", "size_bytes": 1048576, "root": false}
	f := t.finding("linux", "single_root_partition") with input as with_parts({}, array.concat(gen2_parts, [second, other]))
	f.status == "fail"
}

test_unread_xbootldr_partition_is_not_a_root if {
	boot := {"number": 4, "kind": "linux-boot", "type": "bc13c2ff-59e6-4262-a352-b275fd6f7172", "fs": "xfs", "size_bytes": 1048576, "root": false}
	f := t.finding("linux", "single_root_partition") with input as with_parts(fx.good, array.concat(gen2_parts, [boot]))
	f.status == "pass"
}
