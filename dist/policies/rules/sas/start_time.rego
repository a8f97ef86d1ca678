# METADATA
# title: SAS start time is far enough in the past
# description: |
#   Each SAS URI's start time (st) lies before "now" (the evaluation time) by at least the clock-skew
#   margin, so certification's clock never sees it as not yet valid: the guide asks for 15 minutes,
#   current certification for a day. A parsed SAS without st fails: the guide asks for an explicit,
#   backdated start.
# scope: package
# custom:
#   id: AZMP-SAS-004
#   severity: error
#   guide: "§5.2"
#   stage: any
#   facts: [sas, config.now_unix]
#   remediation: |
#     Generate the SAS with a start time before now by at least the margin: the guide's example uses the
#     previous day (`--start` one day back), which satisfies both profiles.
package vmimage.rules.sas.start_time

import data.vmimage.lib
import data.vmimage.lib.sas
import data.vmimage.lib.text
import data.vmimage.lib.time as clock

margin := lib.thresholds.sas.start_skew_min_seconds

missing contains "sas" if count(sas.uris) == 0

missing contains "config.now_unix" if not now_known

now_known if is_number(lib.now)

missing contains sprintf("sas.%d.st_unix", [i]) if {
	some i, s in sas.uris
	not sas.parsed(s)
	not is_number(object.get(s, "st_unix", null))
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.st_unix", [i])} if {
	some i, s in sas.uris
	sas.parsed(s)
	not is_number(object.get(s, "st_unix", null))
	msg := sprintf(
		"%s has no start time (st); %s asks for a start at least %s before now against clock skew (§5.2): generate it with a start of %s or earlier",
		[sas.label(s), text.authority, clock.duration(margin), clock.datetime(lib.now - margin)],
	)
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.st_unix", [i])} if {
	some i, s in sas.uris
	lead := lib.now - s.st_unix
	lead < margin
	msg := sprintf(
		"%s starts at %s, %s; %s requires a start at least %s before now against clock skew (§5.2): generate it with a start of %s or earlier",
		[sas.label(s), clock.datetime(s.st_unix), relative(lead), text.authority, clock.duration(margin), clock.datetime(lib.now - margin)],
	)
}

relative(lead) := sprintf("%s before now", [clock.duration(lead)]) if lead >= 0

relative(lead) := sprintf("%s after now (in the future)", [clock.duration(0 - lead)]) if lead < 0

ok contains msg if {
	count(missing) == 0
	starts := [sprintf("%s %s", [s.disk, clock.datetime(s.st_unix)]) | some s in sas.uris]
	msg := sprintf("start times at least %s before now (%s): %s", [clock.duration(margin), clock.datetime(lib.now), lib.join(starts)])
}
