package vmimage.tests.disks.os_disk_count

import data.vmimage.rules.disks.os_disk_count as rule
import data.vmimage.test as t

test_pass_one_os_disk if {
	f := t.finding("disks", "os_disk_count") with input as {"disks": {"os_disk_count": 1, "data": [{"lun": 0, "empty": true, "size_gb": 10}]}}
	f.status == "pass"
	f.details == [{"msg": "one OS disk, 1 data disk(s)"}]
}

test_fail_two_os_disks if {
	f := t.finding("disks", "os_disk_count") with input as {"disks": {"os_disk_count": 2}}
	f.status == "fail"
	f.details == [{"msg": "the image has 2 OS disks; exactly one is required", "fact": "disks.os_disk_count"}]
}

test_pass_managed_image_carries_its_data_disks if {
	f := t.finding("disks", "os_disk_count") with input as {
		"image": {"artifact_kind": "managed_image"},
		"disks": {"os_disk_count": 1, "data": [{"lun": 0, "size_gb": 10}]},
	}
	f.status == "pass"
}

test_fail_data_disk_without_vhd if {
	vhd_input := {"image": {"artifact_kind": "vhd"}, "disks": {"os_disk_count": 1, "data": [{"lun": 3}]}}
	count(rule.deny) == 1 with input as vhd_input
	f := t.finding("disks", "os_disk_count") with input as vhd_input
	f.details == [{"msg": "data disk at LUN 3 has no VHD and is not declared empty with a size", "fact": "disks.data.0"}]
}

test_unknown_without_disk_facts if {
	f := t.finding("disks", "os_disk_count") with input as {"os": {"type": "Linux"}}
	f.status == "unknown"
	f.missing == ["disks.os_disk_count"]
}
