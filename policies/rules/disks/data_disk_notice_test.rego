package vmimage.tests.disks.data_disk_notice

import data.vmimage.test as t

test_pass_without_data_disks if {
	f := t.finding("disks", "data_disk_notice") with input as {"disks": {"os_disk_count": 1, "data": []}}
	f == {
		"status": "pass",
		"details": [{"msg": "no data disks: nothing end users would be unable to remove"}],
		"missing": [],
		"skip": [],
	}
}

test_notice_with_data_disks if {
	f := t.finding("disks", "data_disk_notice") with input as {"disks": {"os_disk_count": 1, "data": [{"lun": 0}, {"lun": 1}]}}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the image has 2 data disk(s); end users cannot remove data disks that are part of the image (§1): keep only the ones the SKU needs",
			"fact": "disks.data",
			"severity": "notice",
		}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_without_data_disk_facts if {
	f := t.finding("disks", "data_disk_notice") with input as {"disks": {"os_disk_count": 1}}
	f == {"status": "unknown", "details": [], "missing": ["disks.data"], "skip": []}
}
