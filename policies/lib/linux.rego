# METADATA
# title: Helpers for the Linux rules (AZMP-LNX-*)
# description: |
#   Common not-applicable reasons (not a Linux image, wrong stage, switched off in the profile), the
#   facts every Linux rule needs, and the effective waagent.conf settings (the last assignment wins, as in
#   the agent; an unset key takes the agent's default from the profile data).
package vmimage.lib.linux

# The parent package, not this one (without it, lib.x would be data.vmimage.lib.x):
# regal ignore:pointless-import
import data.vmimage.lib

th := lib.thresholds.linux

# Reasons a Linux rule of the given stage ("build", "deployed", "any") does not apply.
skips(stage) := os_skips | stage_skips(stage)

os_skips contains m if {
	lib.has("os.type")
	not lib.is_linux
	m := sprintf("not a Linux image (the OS is %s)", [input.os.type])
}

stage_skips(stage) := {m |
	stage != "any"
	lib.has("stage")
	input.stage != stage
	m := sprintf("judged at the %s stage; these facts are from the %s stage", [stage, input.stage])
}

# Reason when the active profile switches the rule off (the key holds false).
off(key) := {m |
	th[key] == false
	m := sprintf("not checked by the %s profile (set %s to enable it)", [lib.profile_name, key])
}

# Facts every Linux rule of the stage needs.
needs(stage) := {"os.type" | not lib.has("os.type")} | {"stage" | stage != "any"; not lib.has("stage")}

# Missing fact paths among the given ones.
absent(paths) := {p | some p in paths; not lib.has(p)}

settings := object.get(input, ["linux", "waagent", "conf", "settings"], [])

# The effective setting of a waagent.conf key: {"value", "where", "fact", "set"}.
setting(key) := s if {
	idx := [i | some i, e in settings; e.key == key]
	count(idx) > 0
	i := idx[count(idx) - 1]
	e := settings[i]
	s := {
		"value": e.value,
		"set": true,
		"where": sprintf("%s:%d", [object.get(input, ["linux", "waagent", "conf", "file"], "/etc/waagent.conf"), e.line]),
		"fact": sprintf("linux.waagent.conf.settings.%d", [i]),
	}
}

setting(key) := s if {
	lib.has("linux.waagent.conf.present")
	not key_set(key)
	s := {
		"value": th.waagent_defaults[key],
		"set": false,
		"where": sprintf("%s (not set: the agent's default)", [object.get(input, ["linux", "waagent", "conf", "file"], "/etc/waagent.conf")]),
		"fact": "linux.waagent.conf",
	}
}

key_set(key) if {
	some e in settings
	e.key == key
}

# waagent reads a switch as on when its value is "y" (any case).
on(s) if lower(s.value) == "y"

# "file:line" of a fact object carrying file and line, or just the file.
where(o) := sprintf("%s:%d", [o.file, o.line]) if o.line

where(o) := o.file if not o.line

where(o) := "(no file)" if {
	not o.line
	not o.file
}
