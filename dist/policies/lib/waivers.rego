# METADATA
# title: Waivers and severity overrides from the user's configuration
# description: |
#   data.config.waivers is the list the engine prepares from the configuration file, in file order:
#   {index, rule, path, images?, skus?, reason, expires, expires_unix, ticket?}. A waiver covers a
#   problem finding (fail or unknown) of the rule package at `path` on an image whose name matches one
#   of `images` (globs, no delimiters; every image when absent) and whose SKU matches one of `skus`
#   (globs; any SKU when absent, never an unknown SKU when present). It holds until 00:00 UTC of
#   `expires`: from then on it no longer waives, and the finding says so.
#   data.config.severity maps a rule package path to the severity its failures are reported at.
package vmimage.lib.waivers

# The parent package, not this one (without it, lib.x would be data.vmimage.lib.x):
# regal ignore:pointless-import
import data.vmimage.lib
import data.vmimage.lib.time as clock

# A waiver in use that expires within this many days gets a notice.
soon_days := 14

default configured := []

configured := data.config.waivers

image_name := object.get(input, ["image", "name"], "")

sku_id := object.get(input, ["sku", "sku"], "")

images_match(w) if object.get(w, "images", null) == null

images_match(w) if {
	some g in object.get(w, "images", [])
	glob.match(g, null, image_name)
}

skus_match(w) if object.get(w, "skus", null) == null

skus_match(w) if {
	sku_id != ""
	some g in object.get(w, "skus", [])
	glob.match(g, null, sku_id)
}

# The configured waivers that cover the rule package at path on this image, in file order.
matching(path) := [w |
	some w in configured
	w.path == path
	images_match(w)
	skus_match(w)
]

active(w) if lib.now < w.expires_unix

# Calendar days (UTC) from today to the day the waiver stops waiving: 1 on the day before.
days_left(w) := clock.days(w.expires_unix) - clock.days(lib.now)

expiring_soon(w) if {
	active(w)
	days_left(w) <= soon_days
}

# What the waivers make of a finding of the rule package at path whose own status is `status`:
# {} (nothing), {"status": "waived", "waiver": ...} or {"waiver": ...} with state "expired".
default outcome(_, _) := {}

outcome(path, status) := {"status": "waived", "waiver": info(ws[0], status, "active")} if {
	status in {"fail", "unknown"}
	ws := [w | some w in matching(path); active(w)]
	count(ws) > 0
}

outcome(path, status) := {"waiver": info(ws[0], status, "expired")} if {
	status in {"fail", "unknown"}
	count([w | some w in matching(path); active(w)]) == 0
	ws := matching(path)
	count(ws) > 0
}

info(w, was, state) := object.union(
	{k: v | some k, v in w; k in {"index", "rule", "reason", "expires", "ticket"}},
	{"state": state, "was": was, "expiring_soon": expiring_soon_flag(w), "note": note(w, state)},
)

default expiring_soon_flag(_) := false

expiring_soon_flag(w) if expiring_soon(w)

note(w, "expired") := sprintf("the waiver (%s) expired on %s, so this finding is no longer waived", [reason_ticket(w), w.expires])

note(w, "active") := sprintf("waived until %s: %s", [w.expires, reason_ticket(w)]) if not expiring_soon(w)

note(w, "active") := sprintf("the waiver (%s) expires on %s, in %s", [reason_ticket(w), w.expires, days(days_left(w))]) if {
	expiring_soon(w)
}

days(1) := "1 day"

days(n) := sprintf("%d days", [n]) if n != 1

reason_ticket(w) := sprintf("%s; %s", [w.reason, w.ticket]) if w.ticket

reason_ticket(w) := w.reason if not w.ticket

# {"severity": s} when the configuration overrides the severity of the rule package at path.
default severity(_) := {}

severity(path) := {"severity": s} if s := data.config.severity[path]
