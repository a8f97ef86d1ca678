package vmimage.tests.sas.start_time

import data.vmimage.test as t

now := 1795392000 # 2026-11-23T00:00:00Z

uri(st) := {"disk": "os", "sp": "rl", "st_unix": st}

test_pass_a_day_back if {
	f := t.finding("sas", "start_time") with input as {"sas": [uri(now - 86400)]}
		with data.config.now_unix as now
	f == {
		"status": "pass",
		"details": [{"msg": "start times at least 15 minutes before now (2026-11-23T00:00:00Z): os 2026-11-22T00:00:00Z"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_ten_minutes if {
	f := t.finding("sas", "start_time") with input as {"sas": [uri(now - 600)]}
		with data.config.now_unix as now
	f == {
		"status": "fail",
		"details": [{
			"msg": "the SAS URI for the OS VHD starts at 2026-11-22T23:50:00Z, 10 minutes before now; the guide requires a start at least 15 minutes before now against clock skew (§5.2): generate it with a start of 2026-11-22T23:45:00Z or earlier",
			"fact": "sas.0.st_unix",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_future_start if {
	f := t.finding("sas", "start_time") with input as {"sas": [uri(now + 7200)]}
		with data.config.now_unix as now
	f.details == [{
		"msg": "the SAS URI for the OS VHD starts at 2026-11-23T02:00:00Z, 2 hours after now (in the future); the guide requires a start at least 15 minutes before now against clock skew (§5.2): generate it with a start of 2026-11-22T23:45:00Z or earlier",
		"fact": "sas.0.st_unix",
	}]
}

test_current_needs_a_day if {
	f := t.finding("sas", "start_time") with input as {"sas": [uri(now - 3600)]}
		with data.config.now_unix as now
		with data.config.profile as "current"
	f.details == [{
		"msg": "the SAS URI for the OS VHD starts at 2026-11-22T23:00:00Z, 1 hour before now; current certification requires a start at least 1 day before now against clock skew (§5.2): generate it with a start of 2026-11-22T00:00:00Z or earlier",
		"fact": "sas.0.st_unix",
	}]
}

test_fail_no_start_time if {
	f := t.finding("sas", "start_time") with input as {"sas": [{"disk": "lun0", "sp": "rl", "se_unix": now}]}
		with data.config.now_unix as now
	f.details == [{
		"msg": "the SAS URI for LUN 0 has no start time (st); the guide asks for a start at least 15 minutes before now against clock skew (§5.2): generate it with a start of 2026-11-22T23:45:00Z or earlier",
		"fact": "sas.0.st_unix",
	}]
}

test_unknown_without_now if {
	f := t.finding("sas", "start_time") with input as {"sas": [uri(now)]}
	f == {"status": "unknown", "details": [], "missing": ["config.now_unix"], "skip": []}
}

test_unknown_unparsed if {
	f := t.finding("sas", "start_time") with input as {"sas": [{"disk": "os", "parse_error": "no query string"}]}
		with data.config.now_unix as now
	f == {"status": "unknown", "details": [], "missing": ["sas.0.st_unix"], "skip": []}
}

test_unknown_without_sas if {
	f := t.finding("sas", "start_time") with input as {}
		with data.config.now_unix as now
	f == {"status": "unknown", "details": [], "missing": ["sas"], "skip": []}
}
