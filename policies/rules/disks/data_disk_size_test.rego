package vmimage.tests.disks.data_disk_size

import data.vmimage.test as t

data_disks(ds) := {"os": {"type": "Linux"}, "disks": {"os_disk_count": 1, "data": ds}}

test_pass_no_data_disks if {
	f := t.finding("disks", "data_disk_size") with input as data_disks([])
	f == {"status": "pass", "details": [{"msg": "no data disks"}], "missing": [], "skip": []}
}

test_pass_1_tb_in_guide if {
	f := t.finding("disks", "data_disk_size") with input as data_disks([{"lun": 0, "size_gb": 1024}, {"lun": 1, "size_gb": 10}])
	f == {
		"status": "pass",
		"details": [{"msg": "2 data disk(s): 1024 GB, 10 GB; at most 1024 GB each"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_above_1_tb if {
	f := t.finding("disks", "data_disk_size") with input as data_disks([{"lun": 0, "size_gb": 2048}])
	f == {
		"status": "fail",
		"details": [{
			"msg": "data disk at LUN 0 is 2048 GB; the guide allows at most 1024 GB per data disk (§2.1.2, §3.4): make it smaller",
			"fact": "disks.data.0.size_gb",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_observed_size_from_footer if {
	f := t.finding("disks", "data_disk_size") with input as data_disks([{"size_gb": 1000, "vhd": {"current_size": 1099511627776 + 1073741824}}])
	f.details == [{
		"msg": "data disk #0 (no LUN) is 1025 GB (observed in the VHD footer; the declared size_gb 1000 disagrees); the guide allows at most 1024 GB per data disk (§2.1.2, §3.4): make it smaller",
		"fact": "disks.data.0.vhd.current_size",
	}]
}

test_current_1024_fails if {
	f := t.finding("disks", "data_disk_size") with input as data_disks([{"lun": 0, "size_gb": 1024}])
		with data.config.profile as "current"
	f.details == [{
		"msg": "data disk at LUN 0 is 1024 GB; current certification allows at most 1023 GB per data disk (§2.1.2, §3.4): make it smaller",
		"fact": "disks.data.0.size_gb",
	}]
}

test_current_at_most_16_disks if {
	ds := [{"lun": i, "size_gb": 1} | some i in numbers.range(0, 16)]
	f := t.finding("disks", "data_disk_size") with input as data_disks(ds)
		with data.config.profile as "current"
	f.details == [{
		"msg": "the image has 17 data disks; current certification accepts at most 16: drop the disks the SKU does not need",
		"fact": "disks.data",
	}]

	# The guide sets no count limit.
	g := t.finding("disks", "data_disk_size") with input as data_disks(ds)
	g.status == "pass"
}

test_unknown_without_data_disk_facts if {
	f := t.finding("disks", "data_disk_size") with input as {"disks": {"os_disk_count": 1}}
	f == {"status": "unknown", "details": [], "missing": ["disks.data"], "skip": []}
}

test_unknown_disk_without_size if {
	f := t.finding("disks", "data_disk_size") with input as data_disks([{"lun": 0, "size_gb": 10}, {"lun": 1}])
	f.status == "unknown"
	f.missing == ["disks.data.1.size_gb"]
}
