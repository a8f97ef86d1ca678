package vmimage.tests.sas.blob_name

import data.vmimage.test as t

test_pass if {
	f := t.finding("sas", "blob_name") with input as {"sas": [{"disk": "os", "blob_name": "images/os-disk.vhd"}, {"disk": "lun0", "blob_name": "data0.VHD"}]}
	f == {"status": "pass", "details": [{"msg": "blob names: os images/os-disk.vhd, lun0 data0.VHD"}], "missing": [], "skip": []}
}

test_fail_not_vhd_and_bad_characters if {
	f := t.finding("sas", "blob_name") with input as {"sas": [{"disk": "os", "blob_name": "my disk%20.img"}]}
	f == {
		"status": "fail",
		"details": [
			{
				"msg": "the SAS URI for the OS VHD names the blob \"my disk%20.img\", which is not a .vhd file (§5.2.9.d): point it at the VHD blob",
				"fact": "sas.0.blob_name",
			},
			{
				"msg": "the blob name \"my disk%20.img\" in the SAS URI for the OS VHD contains \"%\" and spaces, which certification cannot handle (§5.2.9): rename the blob without spaces, % or quotes",
				"fact": "sas.0.blob_name",
			},
		],
		"missing": [],
		"skip": [],
	}
}

test_fail_container_uri_and_unparsable if {
	f := t.finding("sas", "blob_name") with input as {"sas": [{"disk": "os", "blob_name": ""}, {"disk": "lun0", "parse_error": "not a URL"}]}
	f.details == [
		{
			"msg": "the SAS URI for the OS VHD names no blob (a container URI?); the URI must name the .vhd blob (§5.2.9.d): generate the SAS for the VHD blob",
			"fact": "sas.0.blob_name",
		},
		{
			"msg": "the SAS URI for LUN 0 could not be read as a SAS URI (not a URL): give the full https://…/container/name.vhd?… URI",
			"fact": "sas.1.uri",
		},
	]
}

test_unknown_without_name if {
	f := t.finding("sas", "blob_name") with input as {"sas": [{"disk": "os", "sp": "rl"}]}
	f == {"status": "unknown", "details": [], "missing": ["sas.0.blob_name"], "skip": []}
}

test_unknown_without_sas if {
	f := t.finding("sas", "blob_name") with input as {"disks": {}}
	f == {"status": "unknown", "details": [], "missing": ["sas"], "skip": []}
}
