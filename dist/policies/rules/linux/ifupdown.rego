# METADATA
# title: Networking controllable with ifup/ifdown
# description: |
#   The guide's agent (2015) restarted networking during provisioning with ifup and ifdown, so both must
#   be installed. The current profile does not check it: current agents restart networking through the
#   distribution's own manager (netplan, NetworkManager, systemd-networkd, wicked).
# scope: package
# custom:
#   id: AZMP-LNX-016
#   severity: error
#   guide: "§2.7"
#   stage: any
#   facts: [linux.network.ifupdown.installed, linux.network.stack]
#   remediation: |
#     Install ifupdown (Debian/Ubuntu) or network-scripts (RHEL/CentOS) and configure the primary NIC in its
#     files; or, for an image built for current agents that manage networking through netplan,
#     systemd-networkd, NetworkManager or wicked, judge it with the current profile.
package vmimage.rules.linux.ifupdown

import data.vmimage.lib
import data.vmimage.lib.linux

ifud := input.linux.network.ifupdown

stack := object.get(input, ["linux", "network", "stack"], [])

skip contains m if some m in linux.skips("any")

skip contains m if some m in linux.off("ifupdown_required")

missing contains p if some p in linux.needs("any")

missing contains "linux.network.ifupdown.installed" if not lib.has("linux.network.ifupdown.installed")

managed_by := sprintf(" (this image's network is configured by %s)", [lib.join(stack)]) if count(stack) > 0

managed_by := "" if count(stack) == 0

deny contains {"msg": msg, "fact": "linux.network.ifupdown.installed"} if {
	ifud.installed == false
	msg := sprintf(
		"ifup/ifdown are not installed%s; the guide requires networking controllable with ifup/ifdown, which its agent used to restart networking (§2.7): install ifupdown (Debian/Ubuntu) or network-scripts (RHEL), or judge with the current profile if the image targets current agents",
		[managed_by],
	)
}

ok contains msg if {
	ifud.installed == true
	msg := sprintf("%s and %s present", [ifud.ifup, ifud.ifdown])
}
