package vmimage.tests.disks.vhd_format

import data.vmimage.test as t

fixed := {"cookie": "conectix", "disk_type": "fixed", "checksum_valid": true}

test_pass_fixed_vhds if {
	f := t.finding("disks", "vhd_format") with input as {"disks": {
		"os": {"vhd": fixed},
		"data": [{"lun": 0, "vhd": fixed}, {"lun": 1, "empty": true, "size_gb": 10}],
	}}
	f == {"status": "pass", "details": [{"msg": "2 VHD(s), all fixed-format with cookie conectix"}], "missing": [], "skip": []}
}

test_fail_dynamic_os_vhd if {
	f := t.finding("disks", "vhd_format") with input as {"disks": {
		"os": {"vhd": {"cookie": "conectix", "disk_type": "dynamic", "location": "out/os.vhd"}},
		"data": [],
	}}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the OS VHD (out/os.vhd) is a dynamic VHD; the guide requires fixed-format VHDs, which may be sparse (§2.1, §3.4): convert it to a fixed VHD",
			"fact": "disks.os.vhd.disk_type",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_not_a_vhd_and_bad_checksum if {
	f := t.finding("disks", "vhd_format") with input as {"disks": {
		"os": {"vhd": {"cookie": "conectix", "disk_type": "fixed", "checksum_valid": false}},
		"data": [{"lun": 0, "vhd": {"cookie": "vhdxfile", "disk_type": "unknown"}}],
	}}
	f.status == "fail"
	f.details == [
		{
			"msg": "data disk at LUN 0 has footer cookie \"vhdxfile\", not \"conectix\": it is not a VHD (§2.1): convert the disk to a fixed VHD",
			"fact": "disks.data.0.vhd.cookie",
		},
		{
			"msg": "the OS VHD has a VHD footer whose checksum does not match: the file is damaged; upload it again",
			"fact": "disks.os.vhd.checksum_valid",
		},
	]
}

test_unknown_without_footer if {
	f := t.finding("disks", "vhd_format") with input as {"disks": {"os": {"size_gb": 30}, "data": [{"lun": 0, "size_gb": 5}]}}
	f == {"status": "unknown", "details": [], "missing": ["disks.data.0.vhd", "disks.os.vhd"], "skip": []}
}

test_unknown_unreadable_footer if {
	f := t.finding("disks", "vhd_format") with input as {"disks": {"os": {"vhd": {"error": "file is 12 bytes long"}}, "data": []}}
	f == {"status": "unknown", "details": [], "missing": ["disks.os.vhd.cookie", "disks.os.vhd.disk_type"], "skip": []}
}

test_unknown_without_any_disk_facts if {
	f := t.finding("disks", "vhd_format") with input as {}
	f == {"status": "unknown", "details": [], "missing": ["disks.data", "disks.os.vhd"], "skip": []}
}
