# METADATA
# title: Networking controllable with ifup/ifdown
# description: |
#   The agent restarts networking during provisioning with ifup and ifdown, so both must be installed.
# scope: package
# custom:
#   id: AZMP-LNX-016
#   severity: error
#   guide: "§2.7"
#   stage: any
#   facts: [linux.network.ifupdown.installed]
#   remediation: |
#     Install ifupdown (Debian/Ubuntu) or network-scripts (RHEL/CentOS), and configure the primary NIC
#     in its files.
package vmimage.rules.linux.ifupdown

import data.vmimage.lib
import data.vmimage.lib.linux

ifud := input.linux.network.ifupdown

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.network.ifupdown.installed" if not lib.has("linux.network.ifupdown.installed")

deny contains {"msg": msg, "fact": "linux.network.ifupdown.installed"} if {
	ifud.installed == false
	msg := "ifup/ifdown are not installed; the agent restarts networking with them (§2.7): install ifupdown (Debian/Ubuntu) or network-scripts (RHEL)"
}

ok contains msg if {
	ifud.installed == true
	msg := sprintf("%s and %s present", [ifud.ifup, ifud.ifdown])
}
