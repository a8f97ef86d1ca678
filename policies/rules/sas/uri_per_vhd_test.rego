package vmimage.tests.sas.uri_per_vhd

import data.vmimage.test as t

disks := {"os_disk_count": 1, "data": [{"lun": 0, "size_gb": 10}, {"lun": 1, "empty": true, "size_gb": 10}]}

test_pass if {
	f := t.finding("sas", "uri_per_vhd") with input as {"disks": disks, "sas": [{"disk": "os"}, {"disk": "lun0"}]}
	f == {"status": "pass", "details": [{"msg": "one SAS URI for each of 2 VHD(s): lun0, os"}], "missing": [], "skip": []}
}

test_fail_missing_duplicate_and_extra if {
	f := t.finding("sas", "uri_per_vhd") with input as {"disks": disks, "sas": [{"disk": "lun0"}, {"disk": "lun0"}, {"disk": "lun1"}]}
	f == {
		"status": "fail",
		"details": [
			{
				"msg": "2 SAS URIs were given for the data VHD at LUN 0; give exactly one per VHD: keep one lun0= entry",
				"fact": "sas",
			},
			{
				"msg": "no SAS URI was given for the OS VHD; certification needs one per VHD (§5.2, §5.3.9–11): add os=<SAS URI of its .vhd blob>",
				"fact": "sas",
			},
			{
				"msg": "a SAS URI was given for the data VHD at LUN 1, but the image has no data disk with a VHD there: remove the lun1= entry or fix its LUN",
				"fact": "sas.2.disk",
			},
		],
		"missing": [],
		"skip": [],
	}
}

test_fail_empty_list if {
	f := t.finding("sas", "uri_per_vhd") with input as {"disks": {"data": []}, "sas": []}
	f.status == "fail"
	f.details == [{
		"msg": "no SAS URI was given for the OS VHD; certification needs one per VHD (§5.2, §5.3.9–11): add os=<SAS URI of its .vhd blob>",
		"fact": "sas",
	}]
}

test_unknown_without_sas if {
	f := t.finding("sas", "uri_per_vhd") with input as {"disks": disks}
	f == {"status": "unknown", "details": [], "missing": ["sas"], "skip": []}
}

test_unknown_without_disks if {
	f := t.finding("sas", "uri_per_vhd") with input as {"sas": [{"disk": "os"}]}
	f == {"status": "unknown", "details": [], "missing": ["disks.data"], "skip": []}
}

test_unknown_lun if {
	f := t.finding("sas", "uri_per_vhd") with input as {"disks": {"data": [{"size_gb": 1}]}, "sas": [{"disk": "os"}]}
	f.status == "unknown"
	f.missing == ["disks.data.0.lun"]
}
