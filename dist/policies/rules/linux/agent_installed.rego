# METADATA
# title: Azure Linux Agent installed, executable and enabled at boot
# description: |
#   The Azure Linux Agent (waagent) provisions the VM and its networking, so it must be installed at
#   /usr/sbin/waagent (or the distribution's path), be executable, and its service must start at boot:
#   at the build stage its unit is enabled for the default target, on a deployed VM it runs. The current
#   profile also requires the minimum agent version of later certification (self-test: 2.2.41), compared
#   as integers of any length.
# scope: package
# custom:
#   id: AZMP-LNX-001
#   severity: error
#   guide: "§2.2"
#   stage: any
#   facts: [linux.waagent.installed, linux.waagent.path, linux.waagent.executable, linux.waagent.version, linux.waagent.service]
#   remediation: |
#     Install the distribution's agent package (walinuxagent on Debian/Ubuntu, WALinuxAgent on RHEL/SUSE)
#     in the build, keep /usr/sbin/waagent mode 755, enable its unit (systemctl enable walinuxagent.service on
#     Debian/Ubuntu, waagent.service on RHEL/SUSE), and use a recent agent version.
package vmimage.rules.linux.agent_installed

import data.vmimage.lib
import data.vmimage.lib.linux
import data.vmimage.lib.text

th := linux.th

wa := input.linux.waagent

# The stage the facts are from; a document that does not say is judged as a build-stage one.
stage := object.get(input, "stage", "build")

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.waagent.installed" if not lib.has("linux.waagent.installed")

missing contains "linux.waagent.version" if {
	wa.installed == true
	th.agent_min_version != null
	not lib.has("linux.waagent.version")
}

missing contains "linux.waagent.service" if {
	wa.installed == true
	not lib.has("linux.waagent.service")
}

missing contains "linux.waagent.service.active" if {
	wa.installed == true
	stage == "deployed"
	lib.has("linux.waagent.service")
	not lib.has("linux.waagent.service.active")
}

unit_where := sprintf("%s (%s)", [wa.service.unit, wa.service.file]) if wa.service.file

unit_where := wa.service.unit if not wa.service.file

deny contains {"msg": msg, "fact": "linux.waagent.service.enabled"} if {
	wa.installed == true
	stage != "deployed"
	wa.service.enabled != true
	msg := sprintf(
		"the agent's unit %s is not enabled for the default target, so the agent does not start at boot; the guide requires the agent running to provision the VM (§2.2): systemctl enable %s",
		[unit_where, wa.service.unit],
	)
}

deny contains {"msg": msg, "fact": "linux.waagent.service.active"} if {
	wa.installed == true
	stage == "deployed"
	wa.service.active == false
	msg := sprintf(
		"the agent's unit %s is not running on this VM; the guide requires the agent running (§2.2): systemctl enable --now %s and check its log (/var/log/waagent.log)",
		[unit_where, wa.service.unit],
	)
}

deny contains {"msg": msg, "fact": "linux.waagent.installed"} if {
	wa.installed == false
	msg := "the Azure Linux Agent is not installed (no waagent in /usr/sbin or /usr/bin); the guide requires it (§2.2): install the distribution's walinuxagent/WALinuxAgent package"
}

deny contains {"msg": msg, "fact": "linux.waagent.path"} if {
	wa.installed == true
	wa.executable == false
	msg := sprintf("%s is not executable; the guide requires an executable agent (§2.2): chmod 755 %s", [wa.path, wa.path])
}

deny contains {"msg": msg, "fact": "linux.waagent.version"} if {
	wa.installed == true
	th.agent_min_version != null
	lib.version_cmp(wa.version, th.agent_min_version) < 0
	msg := sprintf(
		"waagent %s at %s is older than %s, the minimum %s accepts (§2.2): update the agent package",
		[wa.version, wa.path, th.agent_min_version, text.authority],
	)
}

ok contains msg if {
	wa.installed == true
	msg := sprintf("waagent %s at %s, executable; %s %s", [object.get(wa, "version", "(version unknown)"), wa.path, wa.service.unit, service_state])
}

service_state := "running" if stage == "deployed"

service_state := "enabled at boot" if stage != "deployed"
