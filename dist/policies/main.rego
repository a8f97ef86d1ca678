# METADATA
# title: Aggregates every rule into one finding each
# description: |
#   Each rule package under vmimage.rules.<area>.<name> may define:
#     skip    - set of reasons the rule does not apply (wrong OS, stage, ...)
#     missing - set of dotted fact paths it needs but that were not gathered
#     deny    - set of {"msg": string, "fact": dotted path, "severity"?: error|warning|notice}
#     ok      - set of strings describing what was observed when the rule passes
#   Status precedence: not_applicable > fail > unknown > pass. A rule never passes on missing facts.
#   The user's configuration (data.config) then applies, as data, not as a filter on the results: a
#   matching waiver turns fail/unknown into waived (or, expired, says so), a severity override sets
#   "severity" (see lib/waivers.rego).
package vmimage.main

import data.vmimage.lib.waivers

# METADATA
# description: One finding per rule package, in no particular order (the engine sorts them).
# entrypoint: true
findings := [f |
	some area, name
	rule := data.vmimage.rules[area][name]
	f := finding(area, name, rule)
]

finding(area, name, rule) := object.union(
	object.union(
		{
			"path": path,
			"status": status(rule),
			"details": details(rule),
			"missing": sort([m | some m in applicable(rule, "missing")]),
			"skip": sort([s | some s in object.get(rule, "skip", set())]),
		},
		waivers.outcome(path, status(rule)),
	),
	waivers.severity(path),
) if {
	path := concat(".", [area, name])
}

status(rule) := "not_applicable" if count(object.get(rule, "skip", set())) > 0

status(rule) := "fail" if {
	count(object.get(rule, "skip", set())) == 0
	count(object.get(rule, "deny", set())) > 0
}

status(rule) := "unknown" if {
	count(object.get(rule, "skip", set())) == 0
	count(object.get(rule, "deny", set())) == 0
	count(object.get(rule, "missing", set())) > 0
}

status(rule) := "pass" if {
	count(object.get(rule, "skip", set())) == 0
	count(object.get(rule, "deny", set())) == 0
	count(object.get(rule, "missing", set())) == 0
}

details(rule) := [d | some d in object.get(rule, "deny", set())] if status(rule) == "fail"

details(rule) := [{"msg": m} | some m in applicable(rule, "ok")] if status(rule) != "fail"

# A rule that does not apply reports only why (its skip reasons): what it would have found or needed is not
# part of its finding, so the rule index (policies/index.gen.rego) need not evaluate it.
applicable(rule, _) := set() if count(object.get(rule, "skip", set())) > 0

applicable(rule, key) := object.get(rule, key, set()) if count(object.get(rule, "skip", set())) == 0
