package vmimage.tests.disks.windows_os_disk_size

import data.vmimage.test as t

windows(os_disk) := {"os": {"type": "Windows"}, "disks": {"os_disk_count": 1, "os": os_disk}}

test_pass_128_gb if {
	f := t.finding("disks", "windows_os_disk_size") with input as windows({"size_gb": 128})
	f == {"status": "pass", "details": [{"msg": "the Windows OS disk is 128 GB (exactly 128 GB)"}], "missing": [], "skip": []}
}

test_fail_127_gb_guide if {
	f := t.finding("disks", "windows_os_disk_size") with input as windows({"size_gb": 127})
	f == {
		"status": "fail",
		"details": [{
			"msg": "the Windows OS disk is 127 GB; the guide requires exactly 128 GB (§3.4): keep the base image's fixed OS VHD at that size",
			"fact": "disks.os.size_gb",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_footer_outranks_declared if {
	# Declared 128, but the footer reports 127 GiB.
	f := t.finding("disks", "windows_os_disk_size") with input as windows({"size_gb": 128, "vhd": {"current_size": 136365211648}})
	f.details == [{
		"msg": "the Windows OS disk is 127 GB (observed in the VHD footer; the declared size_gb 128 disagrees); the guide requires exactly 128 GB (§3.4): keep the base image's fixed OS VHD at that size",
		"fact": "disks.os.vhd.current_size",
	}]
}

test_current_accepts_30_to_250 if {
	f := t.finding("disks", "windows_os_disk_size") with input as windows({"size_gb": 64})
		with data.config.profile as "current"
	f == {"status": "pass", "details": [{"msg": "the Windows OS disk is 64 GB (30–250 GB)"}], "missing": [], "skip": []}
}

test_current_rejects_above_250 if {
	f := t.finding("disks", "windows_os_disk_size") with input as windows({"size_gb": 256})
		with data.config.profile as "current"
	f.details == [{
		"msg": "the Windows OS disk is 256 GB; current certification requires 30–250 GB (§3.4): keep the base image's fixed OS VHD at that size",
		"fact": "disks.os.size_gb",
	}]
}

test_unknown_without_size if {
	f := t.finding("disks", "windows_os_disk_size") with input as windows({})
	f == {"status": "unknown", "details": [], "missing": ["disks.os.size_gb"], "skip": []}
}

test_unknown_without_os_type if {
	f := t.finding("disks", "windows_os_disk_size") with input as {"disks": {"os": {"size_gb": 128}}}
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}

test_not_applicable_on_linux if {
	f := t.finding("disks", "windows_os_disk_size") with input as {"os": {"type": "Linux"}, "disks": {"os": {"size_gb": 30}}}
	f == {"status": "not_applicable", "details": [], "missing": [], "skip": ["Linux image: the OS disk size is AZMP-DSK-002's"]}
}

test_unknown_without_disk_facts if {
	f := t.finding("disks", "windows_os_disk_size") with input as {"os": {"type": "Windows"}}
	f == {"status": "unknown", "details": [], "missing": ["disks.os.size_gb"], "skip": []}
}
