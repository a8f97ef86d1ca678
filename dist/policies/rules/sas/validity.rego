# METADATA
# title: SAS validity window is long enough
# description: |
#   From its start (st) to its expiry (se) each SAS URI must stay valid long enough for certification:
#   the guide asks for at least 7 business days (Monday to Friday, UTC; public holidays are not known
#   and not subtracted), current certification for at least 3 weeks (21 days).
# scope: package
# custom:
#   id: AZMP-SAS-003
#   severity: error
#   guide: "§5.2"
#   stage: any
#   facts: [sas]
#   remediation: |
#     Generate the SAS with an expiry far enough after its start: at least 7 business days (guide),
#     3 weeks for current certification; a month is a comfortable choice.
package vmimage.rules.sas.validity

import data.vmimage.lib
import data.vmimage.lib.sas
import data.vmimage.lib.text
import data.vmimage.lib.time as clock

th := lib.thresholds.sas

missing contains "sas" if count(sas.uris) == 0

missing contains sprintf("sas.%d.%s", [i, k]) if {
	some i, s in sas.uris
	some k in ["st_unix", "se_unix"]
	not is_number(object.get(s, k, null))
}

window(s) := sprintf("from %s to %s", [clock.datetime(s.st_unix), clock.datetime(s.se_unix)])

# Business days.
deny contains {"msg": msg, "fact": sprintf("sas.%d.se_unix", [i])} if {
	is_number(th.validity_min_business_days)
	some i, s in sas.uris
	days := clock.business_days_between(s.st_unix, s.se_unix)
	days < th.validity_min_business_days
	msg := sprintf(
		"%s is valid %s, %v business day(s); %s requires at least %v business days (§5.2): set the expiry to %s or later",
		[sas.label(s), window(s), clock.floor1(days), text.authority, th.validity_min_business_days, clock.datetime(earliest_business_expiry(s.st_unix))],
	)
}

# The first instant at which the window reaches the business-day minimum (it ends on a weekday).
earliest_business_expiry(st) := min([e |
	some k in numbers.range(0, th.validity_min_business_days * 2)
	e := st + (k * clock.day)
	clock.business_days_between(st, e) >= th.validity_min_business_days
])

# Calendar days.
deny contains {"msg": msg, "fact": sprintf("sas.%d.se_unix", [i])} if {
	is_number(th.validity_min_days)
	some i, s in sas.uris
	days := (s.se_unix - s.st_unix) / clock.day
	days < th.validity_min_days
	msg := sprintf(
		"%s is valid %s, %v day(s); %s requires at least %v days (§5.2): set the expiry to %s or later",
		[sas.label(s), window(s), clock.floor1(days), text.authority, th.validity_min_days, clock.datetime(s.st_unix + (th.validity_min_days * clock.day))],
	)
}

ok contains msg if {
	count(missing) == 0
	is_number(th.validity_min_business_days)
	spans := [sprintf("%s %v", [s.disk, clock.round1(clock.business_days_between(s.st_unix, s.se_unix))]) | some s in sas.uris]
	msg := sprintf("business days of validity (at least %v): %s", [th.validity_min_business_days, lib.join(spans)])
}

ok contains msg if {
	count(missing) == 0
	is_number(th.validity_min_days)
	spans := [sprintf("%s %v", [s.disk, clock.round1((s.se_unix - s.st_unix) / clock.day)]) | some s in sas.uris]
	msg := sprintf("days of validity (at least %v): %s", [th.validity_min_days, lib.join(spans)])
}
