package vmimage.tests.disks.linux_os_disk_size

import data.vmimage.test as t

linux(os_disk) := {"os": {"type": "Linux"}, "disks": {"os_disk_count": 1, "os": os_disk}}

test_pass_30_gb if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 30})
	f == {
		"status": "pass",
		"details": [{"msg": "the Linux OS disk is 30 GB (recommended 30–50 GB)"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_below_minimum_guide if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 20})
	f == {
		"status": "fail",
		"details": [{
			"msg": "the Linux OS disk is 20 GB; the guide requires at least 30 GB (§2.1.1): build it at 30–50 GB",
			"fact": "disks.os.size_gb",
			"severity": "error",
		}],
		"missing": [],
		"skip": [],
	}
}

test_observed_size_outranks_declared if {
	# The footer says 20 GiB; the template declared 30.
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 30, "vhd": {"current_size": 21474836480}})
	f.status == "fail"
	f.details == [{
		"msg": "the Linux OS disk is 20 GB (observed in the VHD footer; the declared size_gb 30 disagrees); the guide requires at least 30 GB (§2.1.1): build it at 30–50 GB",
		"fact": "disks.os.vhd.current_size",
		"severity": "error",
	}]
}

test_observed_size_agreeing_is_quiet if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 30, "vhd": {"current_size": 32212254720}})
	f.details == [{"msg": "the Linux OS disk is 30 GB (recommended 30–50 GB)"}]
}

test_warn_above_recommended_guide if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 64})
	f.status == "fail"
	f.details == [{
		"msg": "the Linux OS disk is 64 GB, above the recommended 30–50 GB; the guide considers larger Linux OS disks case by case (§2.1.1): shrink it to 50 GB unless the SKU needs the space",
		"fact": "disks.os.size_gb",
		"severity": "warning",
	}]
}

test_guide_has_no_hard_maximum if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 2048})
	[d.severity | some d in f.details] == ["warning"]
}

test_current_small_disk_is_a_warning if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 20})
		with data.config.profile as "current"
	f.details == [{
		"msg": "the Linux OS disk is 20 GB, below the recommended 30–50 GB (§2.1.1): build it at 30 GB or more",
		"fact": "disks.os.size_gb",
		"severity": "warning",
	}]
}

test_current_above_1023_is_an_error if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 2048})
		with data.config.profile as "current"
	f.details == [{
		"msg": "the Linux OS disk is 2048 GB; current certification allows at most 1023 GB: shrink it, 30–50 GB is recommended",
		"fact": "disks.os.size_gb",
		"severity": "error",
	}]
}

test_current_zero_is_an_error if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 0.5})
		with data.config.profile as "current"
	f.details == [{
		"msg": "the Linux OS disk is 0.5 GB; current certification requires at least 1 GB (§2.1.1): build it at 30–50 GB",
		"fact": "disks.os.size_gb",
		"severity": "error",
	}]
}

test_override_is_named_in_message if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"size_gb": 32})
		with data.config.thresholds as {"disks": {"linux_os_min_gb": 40}}
	f.details[0].msg == "the Linux OS disk is 32 GB; the configuration requires at least 40 GB (§2.1.1): build it at 30–50 GB"
}

test_unknown_without_size if {
	f := t.finding("disks", "linux_os_disk_size") with input as linux({"lun": 0})
	f == {"status": "unknown", "details": [], "missing": ["disks.os.size_gb"], "skip": []}
}

test_unknown_without_os_type if {
	f := t.finding("disks", "linux_os_disk_size") with input as {"disks": {"os": {"size_gb": 30}}}
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}

test_not_applicable_on_windows if {
	f := t.finding("disks", "linux_os_disk_size") with input as {"os": {"type": "Windows"}, "disks": {"os": {"size_gb": 128}}}
	f == {
		"status": "not_applicable",
		"details": [],
		"missing": [],
		"skip": ["Windows image: the OS disk size is AZMP-DSK-003's"],
	}
}

test_unknown_without_os_disk if {
	f := t.finding("disks", "linux_os_disk_size") with input as {"os": {"type": "Linux"}, "disks": {"os_disk_count": 1}}
	f == {"status": "unknown", "details": [], "missing": ["disks.os.size_gb"], "skip": []}
}
