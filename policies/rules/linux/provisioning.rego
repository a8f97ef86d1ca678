# METADATA
# title: VMs can be provisioned (Provisioning.Agent names an installed, enabled provisioner)
# description: |
#   waagent.conf's Provisioning.Agent (auto, waagent, cloud-init, disabled; auto when not set) decides who
#   creates the user and applies the SSH key of a new VM. The provisioner it names must be installed and
#   enabled: for waagent, the agent and its unit; for cloud-init, cloud-init installed, its units
#   (cloud-init-local, cloud-init or cloud-init-network, cloud-config, cloud-final) enabled, nothing
#   disabling it, and the Azure datasource allowed by datasource_list. With auto the agent uses cloud-init
#   when cloud-init-local.service is enabled, else provisions itself. disabled is accepted only with a
#   stated reason in the configuration (thresholds.linux.provisioning_disabled_reason).
# scope: package
# custom:
#   id: AZMP-LNX-032
#   severity: error
#   guide: "§2.2, §2.9"
#   stage: any
#   facts: [linux.waagent.conf, linux.waagent.installed, linux.waagent.service, linux.cloud_init, linux.unsupported]
#   remediation: |
#     Name a provisioner the image has and enables: Provisioning.Agent=auto (or waagent) with the agent's
#     unit enabled, or Provisioning.Agent=cloud-init with cloud-init installed, its units enabled
#     (systemctl enable cloud-init-local cloud-init cloud-config cloud-final), no cloud-init.disabled file,
#     and Azure in datasource_list. If the image provisions itself another way, keep disabled and state why
#     in the configuration (thresholds: linux: provisioning_disabled_reason).
package vmimage.rules.linux.provisioning

import data.vmimage.lib
import data.vmimage.lib.linux

wa := input.linux.waagent

ci := linux.ci

reason := linux.th.provisioning_disabled_reason

requires := "the guide requires VMs from the image to be provisioned (§2.2, §2.9)"

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.provisioner_missing

missing contains "linux.waagent.installed" if {
	linux.provisioner == "waagent"
	not lib.has("linux.waagent.installed")
}

missing contains "linux.waagent.service" if {
	linux.provisioner == "waagent"
	wa.installed == true
	not lib.has("linux.waagent.service")
}

missing contains p if {
	linux.provisioner == "cloud-init"
	some p in linux.absent(["linux.cloud_init.installed", "linux.cloud_init.services", "linux.cloud_init.disabled_by", "linux.cloud_init.settings"])
}

missing contains m if some m in linux.unsupported(["linux.cloud_init", "linux.waagent.conf", "linux.waagent.service"])

# --- a value the agent does not know -----------------------------------------------------------------

deny contains {"msg": msg, "fact": linux.provisioning.fact} if {
	linux.provisioner == "other"
	msg := sprintf("%s is not a value the agent knows (auto, waagent, cloud-init, disabled), so it falls back to provisioning itself; %s: set Provisioning.Agent to one of them", [linux.provisioning_text, requires])
}

# --- disabled ----------------------------------------------------------------------------------------

deny contains {"msg": msg, "fact": linux.provisioning.fact} if {
	linux.provisioner == "disabled"
	trim_space(reason) == ""
	msg := sprintf("%s: nothing the image names creates the user or applies the SSH key of a new VM; %s: set Provisioning.Agent=auto (or waagent / cloud-init), or, if the image provisions itself another way, state why in the configuration (thresholds.linux.provisioning_disabled_reason)", [linux.provisioning_text, requires])
}

ok contains msg if {
	linux.provisioner == "disabled"
	trim_space(reason) != ""
	msg := sprintf("%s, with the stated reason: %s", [linux.provisioning_text, reason])
}

# --- the agent provisions ----------------------------------------------------------------------------

deny contains {"msg": msg, "fact": "linux.waagent.installed"} if {
	linux.provisioner == "waagent"
	wa.installed == false
	msg := sprintf("%s, but the agent is not installed; %s: install the distribution's agent package (walinuxagent / WALinuxAgent)", [linux.provisioner_text, requires])
}

deny contains {"msg": msg, "fact": "linux.waagent.service.enabled"} if {
	linux.provisioner == "waagent"
	wa.installed == true
	wa.service.enabled == false
	msg := sprintf("%s, but its unit %s is not enabled, so nothing provisions a new VM; %s: systemctl enable %s", [linux.provisioner_text, wa.service.unit, requires, wa.service.unit])
}

ok contains msg if {
	linux.provisioner == "waagent"
	wa.installed == true
	wa.service.enabled == true
	msg := sprintf("%s; the agent is installed and %s is enabled", [linux.provisioner_text, wa.service.unit])
}

# --- cloud-init provisions ---------------------------------------------------------------------------

ci_units := object.get(ci, "services", [])

# Units cloud-init needs: each stage, with the network stage under either of its names.
stages := [
	{"label": "cloud-init-local.service", "units": ["cloud-init-local.service"]},
	{"label": "cloud-init.service (or cloud-init-network.service)", "units": ["cloud-init.service", "cloud-init-network.service"]},
	{"label": "cloud-config.service", "units": ["cloud-config.service"]},
	{"label": "cloud-final.service", "units": ["cloud-final.service"]},
]

stage_enabled(st) if {
	some u in st.units
	linux.unit_enabled(ci_units, u)
}

stage_present(st) if {
	some u in ci_units
	u.unit in st.units
}

deny contains {"msg": msg, "fact": "linux.cloud_init.installed"} if {
	linux.provisioner == "cloud-init"
	ci.installed == false
	msg := sprintf("%s, but cloud-init is not installed; %s: install cloud-init, or set Provisioning.Agent=auto to let the agent provision", [linux.provisioner_text, requires])
}

deny contains {"msg": msg, "fact": "linux.cloud_init.services"} if {
	linux.provisioner == "cloud-init"
	ci.installed == true
	lib.has("linux.cloud_init.services")
	some st in stages
	not stage_enabled(st)
	msg := sprintf("%s, but its unit %s is %s, so that stage never runs; %s: %s", [linux.provisioner_text, st.label, unit_state(st), requires, unit_fix(st)])
}

unit_state(st) := "not enabled" if stage_present(st)

unit_state(st) := "missing" if not stage_present(st)

unit_fix(st) := sprintf("systemctl enable %s", [st.units[0]]) if stage_present(st)

unit_fix(st) := "reinstall the cloud-init package" if not stage_present(st)

deny contains {"msg": msg, "fact": sprintf("linux.cloud_init.disabled_by.%d", [i])} if {
	linux.provisioner == "cloud-init"
	some i, d in ci.disabled_by
	msg := sprintf("%s, but cloud-init is disabled by %s%s; %s: remove it", [linux.provisioner_text, linux.where(d), text_of(d), requires])
}

text_of(d) := sprintf(" (%s)", [d.text]) if d.text

text_of(d) := "" if not d.text

datasources := linux.ci_setting("datasource_list")

deny contains {"msg": msg, "fact": datasources.fact} if {
	linux.provisioner == "cloud-init"
	is_array(datasources.value)
	not "Azure" in datasources.value
	msg := sprintf("%s, but its datasource_list is [%s] (%s), without Azure, so cloud-init finds no Azure metadata and provisions nothing; %s: add Azure (datasource_list: [ Azure ])", [linux.provisioner_text, concat(", ", datasources.value), datasources.where, requires])
}

ok contains msg if {
	linux.provisioner == "cloud-init"
	ci.installed == true
	count(ci.disabled_by) == 0
	every st in stages {
		stage_enabled(st)
	}
	msg := sprintf("%s; cloud-init is installed, its units are enabled and %s", [linux.provisioner_text, azure_text])
}

azure_text := "every datasource is allowed (datasource_list not set)" if datasources.value == null

azure_text := sprintf("datasource_list allows Azure (%s)", [datasources.where]) if is_array(datasources.value)
