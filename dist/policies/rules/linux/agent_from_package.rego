# METADATA
# title: Azure Linux Agent installed from the distribution's package
# description: |
#   The guide recommends the distribution's preconfigured agent package (walinuxagent, WALinuxAgent,
#   waagent) over a copy installed by hand: the package owns /usr/sbin/waagent and its configuration.
# scope: package
# custom:
#   id: AZMP-LNX-002
#   severity: warning
#   guide: "§2.2"
#   stage: any
#   facts: [linux.waagent.installed, linux.waagent.packaged, linux.waagent.package.name]
#   remediation: |
#     Remove the hand-installed agent and install the distribution's package instead
#     (apt-get install walinuxagent, yum/dnf install WALinuxAgent, zypper install python-azure-agent).
package vmimage.rules.linux.agent_from_package

import data.vmimage.lib
import data.vmimage.lib.linux

wa := input.linux.waagent

names := linux.th.agent_package_names

skip contains m if some m in linux.skips("any")

skip contains "the agent is not installed (AZMP-LNX-001 reports it)" if wa.installed == false

missing contains p if some p in linux.needs("any")

missing contains "linux.waagent.installed" if not lib.has("linux.waagent.installed")

missing contains "linux.waagent.packaged" if {
	wa.installed == true
	not lib.has("linux.waagent.packaged")
}

deny contains {"msg": msg, "fact": "linux.waagent.path"} if {
	wa.packaged == false
	msg := sprintf(
		"%s is not owned by any package (installed by hand); the guide recommends the distribution's agent package (§2.2): install %s",
		[wa.path, lib.join(names)],
	)
}

deny contains {"msg": msg, "fact": "linux.waagent.package.name"} if {
	wa.packaged == true
	not wa.package.name in names
	msg := sprintf(
		"%s comes from the package %s, not from the distribution's agent package (§2.2): install %s",
		[wa.path, wa.package.name, lib.join(names)],
	)
}

ok contains msg if {
	wa.packaged == true
	msg := sprintf("%s is owned by the package %s %s", [wa.path, wa.package.name, object.get(wa.package, "version", "")])
}
