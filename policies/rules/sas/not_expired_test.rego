package vmimage.tests.sas.not_expired

import data.vmimage.test as t

now := 1795392000 # 2026-11-23T00:00:00Z

test_pass if {
	f := t.finding("sas", "not_expired") with input as {"sas": [{"disk": "os", "se_unix": now + (30 * 86400)}]}
		with data.config.now_unix as now
	f == {"status": "pass", "details": [{"msg": "time left before expiry: os 30 days"}], "missing": [], "skip": []}
}

test_fail_expired if {
	f := t.finding("sas", "not_expired") with input as {"sas": [{"disk": "os", "se_unix": now - 5400}]}
		with data.config.now_unix as now
	f == {
		"status": "fail",
		"details": [{
			"msg": "the SAS URI for the OS VHD expired at 2026-11-22T22:30:00Z, 1.5 hours before now (2026-11-23T00:00:00Z); an expired SAS cannot be read (§5.2): generate a new one",
			"fact": "sas.0.se_unix",
		}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_without_expiry if {
	f := t.finding("sas", "not_expired") with input as {"sas": [{"disk": "os"}]}
		with data.config.now_unix as now
	f == {"status": "unknown", "details": [], "missing": ["sas.0.se_unix"], "skip": []}
}

test_unknown_without_now if {
	f := t.finding("sas", "not_expired") with input as {"sas": [{"disk": "os", "se_unix": now}]}
	f == {"status": "unknown", "details": [], "missing": ["config.now_unix"], "skip": []}
}

test_unknown_without_sas if {
	f := t.finding("sas", "not_expired") with input as {"sas": []}
		with data.config.now_unix as now
	f == {"status": "unknown", "details": [], "missing": ["sas"], "skip": []}
}
