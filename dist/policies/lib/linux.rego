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

# The OS observed by a probe decides; without one, the declared OS does (manifest custom_data os_type,
# template os_type): a Windows-declared image is not held to the Linux rules (AZMP-REG-002 compares the two
# when both exist).
os_skips contains m if {
	lib.has("os.type")
	not lib.is_linux
	m := sprintf("not a Linux image (the OS is %s)", [input.os.type])
}

os_skips contains m if {
	not lib.has("os.type")
	lib.os_type
	not lib.is_linux
	m := sprintf("not a Linux image (declared %s; no probe output to observe it)", [lib.os_type])
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

# Facts every Linux rule of the stage needs (the OS type, observed or declared).
needs(stage) := {"os.type" | not lib.os_type} | {"stage" | stage != "any"; not lib.has("stage")}

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

# Unknowns the probe reported (linux.unsupported: a setting made in a way it does not interpret) for a rule
# reading any of the given fact paths: one missing entry each, naming where and why.
unsupported(paths) := {m |
	some u in object.get(input, ["linux", "unsupported"], [])
	some p in paths
	covers(u.fact, p)
	m := sprintf("%s (not understood: %s: %s)", [u.fact, where(u), u.reason])
}

covers(f, p) if f == p

covers(f, p) if startswith(p, concat("", [f, "."]))

covers(f, p) if startswith(f, concat("", [p, "."]))

# A systemd unit of a list of {unit, enabled} records.
unit_enabled(unit_list, name) if {
	some u in unit_list
	u.unit == name
	u.enabled == true
}

# --- Who provisions the VM (waagent.conf Provisioning.Agent, as the agent decides it) ---------------

provisioning := setting("Provisioning.Agent")

ci := object.get(input, ["linux", "cloud_init"], {})

# cloud-init counts as enabled for the agent's "auto" when its first-stage unit is enabled (the agent asks
# systemd whether cloud-init-local.service is enabled) and nothing disables it.
cloud_init_enabled if {
	ci.installed == true
	unit_enabled(object.get(ci, "services", []), "cloud-init-local.service")
	count(object.get(ci, "disabled_by", [])) == 0
}

# The provisioner the agent picks: "waagent", "cloud-init", "disabled", or "other" for a value the agent
# does not know (it then provisions itself); undefined when that cannot be told from the facts.
provisioner := "cloud-init" if provisioning.value == "cloud-init"

provisioner := "waagent" if provisioning.value == "waagent"

provisioner := "disabled" if provisioning.value == "disabled"

provisioner := "cloud-init" if {
	provisioning.value == "auto"
	cloud_init_enabled
}

provisioner := "waagent" if {
	provisioning.value == "auto"
	lib.has("linux.cloud_init.installed")
	not cloud_init_enabled
}

provisioner := "other" if {
	v := provisioning.value
	not v in {"auto", "waagent", "cloud-init", "disabled"}
}

# Facts missing to tell who provisions.
provisioner_missing contains "linux.waagent.conf.present" if not lib.has("linux.waagent.conf.present")

provisioner_missing contains "linux.cloud_init.installed" if {
	provisioning.value == "auto"
	not lib.has("linux.cloud_init.installed")
}

provisioner_missing contains p if {
	provisioning.value == "auto"
	ci.installed == true
	some p in absent(["linux.cloud_init.services", "linux.cloud_init.disabled_by"])
}

# "Provisioning.Agent=auto (/etc/waagent.conf:11)" for messages.
provisioning_text := sprintf("Provisioning.Agent=%s at %s", [provisioning.value, provisioning.where]) if provisioning.set

provisioning_text := sprintf("Provisioning.Agent not set in %s, so %s", [object.get(input, ["linux", "waagent", "conf", "file"], "/etc/waagent.conf"), provisioning.value]) if not provisioning.set

# The effective cloud-init setting: the merged value where set, else cloud-init's default (profile data).
ci_setting(key) := {"value": v.value, "set": true, "where": where(v), "fact": sprintf("linux.cloud_init.settings.%s", [key])} if {
	v := ci.settings[key]
}

ci_setting(key) := {"value": th.cloud_init_defaults[key], "set": false, "where": "not set in cloud.cfg or cloud.cfg.d: cloud-init's default", "fact": "linux.cloud_init.settings"} if {
	lib.has("linux.cloud_init.settings")
	not ci.settings[key]
}

# Who provisions, in words, for messages.
provisioner_text := sprintf("the agent provisions this image (%s)", [provisioning_text]) if {
	provisioner == "waagent"
	provisioning.value == "waagent"
}

provisioner_text := sprintf("the agent provisions this image (%s; cloud-init is not enabled)", [provisioning_text]) if {
	provisioner == "waagent"
	provisioning.value == "auto"
}

provisioner_text := sprintf("the agent provisions this image (%s is not a value it knows, so it provisions itself)", [provisioning_text]) if provisioner == "other"

provisioner_text := sprintf("cloud-init provisions this image (%s)", [provisioning_text]) if {
	provisioner == "cloud-init"
	provisioning.value == "cloud-init"
}

provisioner_text := sprintf("cloud-init provisions this image (%s; cloud-init is enabled)", [provisioning_text]) if {
	provisioner == "cloud-init"
	provisioning.value == "auto"
}

# The agent does the provisioning steps of waagent.conf (explicitly, or as the fallback for an unknown value).
agent_provisions if provisioner in {"waagent", "other"}

# With Provisioning.Agent=disabled nothing the image states does the per-VM steps: they cannot be judged.
disabled_missing contains sprintf("linux.waagent.conf.settings (%s: no provisioner named, so who does this per VM is not known)", [provisioning_text]) if provisioner == "disabled"
