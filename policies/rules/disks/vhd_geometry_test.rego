package vmimage.tests.disks.vhd_geometry

import data.vmimage.test as t

good := {"cookie": "conectix", "disk_type": "fixed", "mib_aligned": true, "length_matches": true}

test_pass_aligned_current if {
	f := t.finding("disks", "vhd_geometry") with input as {"disks": {"os": {"vhd": good}, "data": [{"lun": 0, "vhd": good}]}}
		with data.config.profile as "current"
	f == {
		"status": "pass",
		"details": [{"msg": "2 VHD(s): whole-MiB virtual size, length = size + 512"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_misaligned_and_wrong_length if {
	bad := {"mib_aligned": false, "length_matches": false, "current_size": 32212255232, "length": 32212256256}
	f := t.finding("disks", "vhd_geometry") with input as {"disks": {"os": {"vhd": bad}, "data": []}}
		with data.config.profile as "current"
	f == {
		"status": "fail",
		"details": [
			{
				"msg": "the OS VHD is 32212256256 bytes long for a virtual size of 32212255232 bytes; it must be exactly the virtual size + 512 bytes (the footer): upload the .vhd unchanged, with nothing appended or cut",
				"fact": "disks.os.vhd.length_matches",
			},
			{
				"msg": "the OS VHD has a virtual size of 32212255232 bytes, not a whole number of MiB; current certification rejects it: resize the disk to whole MiB before converting",
				"fact": "disks.os.vhd.mib_aligned",
			},
		],
		"missing": [],
		"skip": [],
	}
}

test_fail_without_sizes_still_reads_well if {
	f := t.finding("disks", "vhd_geometry") with input as {"disks": {"os": {"vhd": {"mib_aligned": true, "length_matches": false}}, "data": []}}
		with data.config.profile as "current"
	f.details == [{
		"msg": "the OS VHD is an unknown number of bytes long for a virtual size of an unknown number of bytes; it must be exactly the virtual size + 512 bytes (the footer): upload the .vhd unchanged, with nothing appended or cut",
		"fact": "disks.os.vhd.length_matches",
	}]
}

test_unknown_without_footer_facts if {
	f := t.finding("disks", "vhd_geometry") with input as {"disks": {"os": {"size_gb": 30}, "data": [{"lun": 0, "empty": true, "size_gb": 4}]}}
		with data.config.profile as "current"
	f == {
		"status": "unknown",
		"details": [],
		"missing": ["disks.os.vhd.length_matches", "disks.os.vhd.mib_aligned"],
		"skip": [],
	}
}

test_not_applicable_in_guide if {
	f := t.finding("disks", "vhd_geometry") with input as {"disks": {"os": {"vhd": {"mib_aligned": false}}}}
	f == {
		"status": "not_applicable",
		"details": [],
		"missing": [],
		"skip": ["off in this profile: the guide has no VHD alignment rule (the current profile turns it on)"],
	}
}

test_unknown_without_data_disk_facts if {
	f := t.finding("disks", "vhd_geometry") with input as {"disks": {"os": {"vhd": good}}}
		with data.config.profile as "current"
	f == {"status": "unknown", "details": [], "missing": ["disks.data"], "skip": []}
}
