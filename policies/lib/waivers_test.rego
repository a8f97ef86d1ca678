package vmimage.tests.lib.waivers

import data.vmimage.main

# 2026-11-25T12:00:00Z
now := 1795608000

two_os_disks := {"image": {"name": "web-ubuntu"}, "sku": {"sku": "ubuntu-22"}, "disks": {"os_disk_count": 2}}

w_long := {
	"index": 0, "rule": "AZMP-DSK-001", "path": "disks.os_disk_count",
	"reason": "approved by case 123", "expires": "2027-06-30", "expires_unix": 1814313600,
}

w_soon := {
	"index": 1, "rule": "AZMP-DSK-001", "path": "disks.os_disk_count", "images": ["web-*"],
	"reason": "second OS disk kept until the migration", "expires": "2026-12-01", "expires_unix": 1796083200,
	"ticket": "OPS-7",
}

w_expired := {
	"index": 2, "rule": "AZMP-DSK-001", "path": "disks.os_disk_count",
	"reason": "old exception", "expires": "2026-11-01", "expires_unix": 1793491200,
}

finding(ws) := finding_at(ws, two_os_disks, now)

finding_at(ws, doc, t) := f if {
	some f in main.findings with input as doc
		with data.config.waivers as ws
		with data.config.now_unix as t
	f.path == "disks.os_disk_count"
}

test_no_waivers_fails if {
	f := finding([])
	f.status == "fail"
	not f.waiver
}

test_active_waiver_waives_keeps_details if {
	f := finding([w_long])
	f.status == "waived"
	f.details == [{"msg": "the image has 2 OS disks; exactly one is required", "fact": "disks.os_disk_count"}]
	f.waiver == {
		"index": 0, "rule": "AZMP-DSK-001", "reason": "approved by case 123", "expires": "2027-06-30",
		"state": "active", "was": "fail", "expiring_soon": false,
		"note": "waived until 2027-06-30: approved by case 123",
	}
}

test_expiring_soon_is_flagged if {
	f := finding([w_soon])
	f.status == "waived"
	f.waiver.expiring_soon == true
	f.waiver.ticket == "OPS-7"
	f.waiver.note == "the waiver (second OS disk kept until the migration; OPS-7) expires on 2026-12-01, in 6 days"
}

test_expired_waiver_fails_and_says_so if {
	f := finding([w_expired])
	f.status == "fail"
	f.waiver.state == "expired"
	f.waiver.note == "the waiver (old exception) expired on 2026-11-01, so this finding is no longer waived"
}

test_expires_at_midnight_of_the_date if {
	# On the expiry date itself the waiver no longer holds; the second before, it does.
	f := finding_at([w_soon], two_os_disks, 1796083200)
	f.status == "fail"
	g := finding_at([w_soon], two_os_disks, 1796083199)
	g.status == "waived"
	g.waiver.note == "the waiver (second OS disk kept until the migration; OPS-7) expires on 2026-12-01, in 1 day"
}

test_active_waiver_wins_over_expired_one if {
	f := finding([w_expired, w_soon])
	f.status == "waived"
	f.waiver.index == 1
}

test_first_active_waiver_in_file_order if {
	f := finding([w_soon, w_long])
	f.waiver.index == 1
}

test_image_glob_must_match if {
	f := finding([object.union(w_long, {"images": ["db-*", "api-?"]})])
	f.status == "fail"
	not f.waiver
	g := finding([object.union(w_long, {"images": ["db-*", "web-ubu*"]})])
	g.status == "waived"
}

test_glob_has_no_delimiters if {
	doc := object.union(two_os_disks, {"image": {"name": "azure-arm.web.v2"}})
	f := finding_at([object.union(w_long, {"images": ["azure-arm.*"]})], doc, now)
	f.status == "waived"
}

test_sku_must_match if {
	finding([object.union(w_long, {"skus": ["ubuntu-22"]})]).status == "waived"
	finding([object.union(w_long, {"skus": ["ubuntu-2?"]})]).status == "waived"
	finding([object.union(w_long, {"skus": ["rhel-9"]})]).status == "fail"
}

test_sku_filter_never_matches_unknown_sku if {
	doc := {"image": {"name": "x"}, "disks": {"os_disk_count": 2}}
	f := finding_at([object.union(w_long, {"skus": ["*"]})], doc, now)
	f.status == "fail"
}

test_other_rule_is_not_waived if {
	f := finding([object.union(w_long, {"path": "disks.os_disk_size"})])
	f.status == "fail"
	not f.waiver
}

test_passing_rule_is_not_waived if {
	some f in main.findings with input as {"image": {"name": "web"}, "disks": {"os_disk_count": 1}}
		with data.config.waivers as [w_long]
		with data.config.now_unix as now
	f.path == "disks.os_disk_count"
	f.status == "pass"
	not f.waiver
}

test_unknown_can_be_waived if {
	some f in main.findings with input as {"image": {"name": "web"}}
		with data.config.waivers as [w_long]
		with data.config.now_unix as now
	f.path == "disks.os_disk_count"
	f.status == "waived"
	f.waiver.was == "unknown"
	f.missing == ["disks.os_disk_count"]
}

test_severity_override if {
	some f in main.findings with input as two_os_disks
		with data.config.severity as {"disks.os_disk_count": "warning"}
		with data.config.now_unix as now
	f.path == "disks.os_disk_count"
	f.severity == "warning"
	f.status == "fail"
}

test_no_severity_without_override if {
	some f in main.findings with input as two_os_disks
		with data.config.now_unix as now
	f.path == "disks.os_disk_count"
	not f.severity
}
