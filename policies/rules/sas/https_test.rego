package vmimage.tests.sas.https

import data.vmimage.test as t

test_pass if {
	f := t.finding("sas", "https") with input as {"sas": [{"disk": "os", "scheme": "https", "sp": "rl", "spr": "https"}]}
	f == {"status": "pass", "details": [{"msg": "1 SAS URI(s) use https"}], "missing": [], "skip": []}
}

test_pass_guide_without_spr if {
	f := t.finding("sas", "https") with input as {"sas": [{"disk": "os", "scheme": "https", "sp": "rl"}]}
	f.status == "pass"
}

test_notice_http_in_guide if {
	f := t.finding("sas", "https") with input as {"sas": [{"disk": "os", "scheme": "http", "sp": "rl"}]}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the SAS URI for the OS VHD uses http; the guide's advice that the URL not start with https (§5.2.9.f) was a quirk of its 2015 tool, and https keeps the URI off the wire in clear text: use the https URI",
			"fact": "sas.0.scheme",
			"severity": "notice",
		}],
		"missing": [],
		"skip": [],
	}
}

test_error_in_current if {
	f := t.finding("sas", "https") with input as {"sas": [{"disk": "lun0", "scheme": "http", "sp": "rl", "spr": "https,http"}]}
		with data.config.profile as "current"
	f.details == [
		{
			"msg": "the SAS URI for LUN 0 uses http; current certification requires https: use the https URI",
			"fact": "sas.0.scheme",
			"severity": "error",
		},
		{
			"msg": "the SAS URI for LUN 0 allows plain http (spr=https,http); current certification requires a SAS restricted to https: generate it with HTTPS only (spr=https)",
			"fact": "sas.0.spr",
			"severity": "error",
		},
	]
}

test_current_spr_absent if {
	f := t.finding("sas", "https") with input as {"sas": [{"disk": "os", "scheme": "https", "sp": "rl"}]}
		with data.config.profile as "current"
	f.details == [{
		"msg": "the SAS URI for the OS VHD allows plain http (spr=absent); current certification requires a SAS restricted to https: generate it with HTTPS only (spr=https)",
		"fact": "sas.0.spr",
		"severity": "error",
	}]
}

test_unknown_without_scheme if {
	f := t.finding("sas", "https") with input as {"sas": [{"disk": "os", "parse_error": "not a URL"}]}
	f == {"status": "unknown", "details": [], "missing": ["sas.0.scheme"], "skip": []}
}

test_unknown_without_sas if {
	f := t.finding("sas", "https") with input as {}
	f.missing == ["sas"]
}
