package vmimage.tests.sas.validity

import data.vmimage.test as t

# 2026-11-23 is a Monday.
monday := 1795392000

day := 86400

uri(disk, st, se) := {"disk": disk, "sp": "rl", "st_unix": st, "se_unix": se}

test_pass_seven_business_days if {
	# Monday 10:00 to the next Wednesday 10:00.
	f := t.finding("sas", "validity") with input as {"sas": [uri("os", monday + 36000, (monday + (9 * day)) + 36000)]}
	f == {"status": "pass", "details": [{"msg": "business days of validity (at least 7): os 7"}], "missing": [], "skip": []}
}

test_fail_five_business_days if {
	# Friday 2026-11-27 00:00 to Friday 2026-12-04 00:00 is 5 business days; the 7th ends Tuesday 2026-12-08.
	friday := monday + (4 * day)
	f := t.finding("sas", "validity") with input as {"sas": [uri("lun0", friday, friday + (7 * day))]}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the SAS URI for LUN 0 is valid from 2026-11-27T00:00:00Z to 2026-12-04T00:00:00Z, 5 business day(s); the guide requires at least 7 business days (§5.2): set the expiry to 2026-12-08T00:00:00Z or later",
			"fact": "sas.0.se_unix",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_partial_days_rounded_down if {
	f := t.finding("sas", "validity") with input as {"sas": [uri("os", monday + 43200, (monday + (2 * day)) + 21600)]}
	f.details == [{
		"msg": "the SAS URI for the OS VHD is valid from 2026-11-23T12:00:00Z to 2026-11-25T06:00:00Z, 1.7 business day(s); the guide requires at least 7 business days (§5.2): set the expiry to 2026-12-02T12:00:00Z or later",
		"fact": "sas.0.se_unix",
	}]
}

test_current_three_weeks if {
	f := t.finding("sas", "validity") with input as {"sas": [uri("os", monday, monday + (14 * day))]}
		with data.config.profile as "current"
	f.details == [{
		"msg": "the SAS URI for the OS VHD is valid from 2026-11-23T00:00:00Z to 2026-12-07T00:00:00Z, 14 day(s); current certification requires at least 21 days (§5.2): set the expiry to 2026-12-14T00:00:00Z or later",
		"fact": "sas.0.se_unix",
	}]

	p := t.finding("sas", "validity") with input as {"sas": [uri("os", monday, monday + (21 * day))]}
		with data.config.profile as "current"
	p == {"status": "pass", "details": [{"msg": "days of validity (at least 21): os 21"}], "missing": [], "skip": []}
}

test_unknown_without_window if {
	f := t.finding("sas", "validity") with input as {"sas": [{"disk": "os", "sp": "rl", "se_unix": monday}]}
	f == {"status": "unknown", "details": [], "missing": ["sas.0.st_unix"], "skip": []}
}

test_unknown_without_sas if {
	f := t.finding("sas", "validity") with input as {"sas": []}
	f == {"status": "unknown", "details": [], "missing": ["sas"], "skip": []}
}
