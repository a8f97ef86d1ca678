package vmimage.tests.sas.permissions

import data.vmimage.test as t

test_pass if {
	f := t.finding("sas", "permissions") with input as {"sas": [{"disk": "os", "sp": "rl"}, {"disk": "lun0", "sp": "r"}]}
	f == {"status": "pass", "details": [{"msg": "2 SAS URI(s), permissions within rl: os sp=rl, lun0 sp=r"}], "missing": [], "skip": []}
}

test_fail_write_delete if {
	f := t.finding("sas", "permissions") with input as {"sas": [{"disk": "os", "sp": "rwdl"}]}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the SAS URI for the OS VHD grants delete, write (sp=rwdl); the guide allows read and list only (§5.2): generate it with sp=rl",
			"fact": "sas.0.sp",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_list_only_and_unknown_letter if {
	f := t.finding("sas", "permissions") with input as {"sas": [{"disk": "lun3", "sp": "lz"}]}
	f.details == [
		{
			"msg": "the SAS URI for LUN 3 does not grant read (sp=lz); certification must be able to read the VHD (§5.2): generate it with sp=rl",
			"fact": "sas.0.sp",
		},
		{
			"msg": "the SAS URI for LUN 3 grants \"z\" (sp=lz); the guide allows read and list only (§5.2): generate it with sp=rl",
			"fact": "sas.0.sp",
		},
	]
}

test_unknown_without_permissions if {
	f := t.finding("sas", "permissions") with input as {"sas": [{"disk": "os", "parse_error": "not a URL"}]}
	f == {"status": "unknown", "details": [], "missing": ["sas.0.sp"], "skip": []}
}

test_unknown_without_sas if {
	f := t.finding("sas", "permissions") with input as {}
	f == {"status": "unknown", "details": [], "missing": ["sas"], "skip": []}
}
