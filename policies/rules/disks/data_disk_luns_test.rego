package vmimage.tests.disks.data_disk_luns

import data.vmimage.test as t

luns(ls) := {"disks": {"os_disk_count": 1, "data": [{"lun": l, "size_gb": 8} | some l in ls]}}

test_pass_unique if {
	f := t.finding("disks", "data_disk_luns") with input as luns([2, 0])
	f == {"status": "pass", "details": [{"msg": "data disk LUNs: 0, 2"}], "missing": [], "skip": []}
}

test_pass_no_data_disks if {
	f := t.finding("disks", "data_disk_luns") with input as luns([])
		with data.config.profile as "current"
	f == {"status": "pass", "details": [{"msg": "no data disks"}], "missing": [], "skip": []}
}

test_fail_duplicate if {
	f := t.finding("disks", "data_disk_luns") with input as luns([0, 1, 1])
	f == {
		"status": "fail",
		"details": [{
			"msg": "data disks #1 and #2 share LUN 1; each data disk needs its own LUN (§5.3.10): renumber them",
			"fact": "disks.data.2.lun",
		}],
		"missing": [],
		"skip": [],
	}
}

test_current_requires_sequential if {
	f := t.finding("disks", "data_disk_luns") with input as luns([2, 0])
		with data.config.profile as "current"
	f.details == [{
		"msg": "data disk LUNs are 0, 2; current certification requires them sequential from 0 (0, 1): renumber the data disks",
		"fact": "disks.data",
	}]
}

test_current_sequential_passes if {
	f := t.finding("disks", "data_disk_luns") with input as luns([1, 0, 2])
		with data.config.profile as "current"
	f.status == "pass"
}

test_unknown_lun if {
	f := t.finding("disks", "data_disk_luns") with input as {"disks": {"data": [{"lun": 0}, {"size_gb": 3}]}}
	f == {"status": "unknown", "details": [], "missing": ["disks.data.1.lun"], "skip": []}
}

test_unknown_without_data_disks if {
	f := t.finding("disks", "data_disk_luns") with input as {"disks": {"os_disk_count": 1}}
	f == {"status": "unknown", "details": [], "missing": ["disks.data"], "skip": []}
}
