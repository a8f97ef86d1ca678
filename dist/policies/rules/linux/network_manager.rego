# METADATA
# title: NetworkManager disabled (enabled on CentOS 7-based systems)
# description: |
#   NetworkManager should not be enabled: the agent controls networking through ifup/ifdown. The
#   exception is CentOS 7.x and systems derived from it, where NetworkManager must be enabled.
# scope: package
# custom:
#   id: AZMP-LNX-015
#   severity: error
#   guide: "§2.7"
#   stage: any
#   facts: [os.id, os.id_like, os.version_id, linux.network.network_manager]
#   remediation: |
#     Disable (or remove) NetworkManager: systemctl disable NetworkManager, and configure the primary NIC
#     for DHCP with ifupdown/network-scripts. On CentOS 7-based images: systemctl enable NetworkManager.
package vmimage.rules.linux.network_manager

import data.vmimage.lib.linux

nm := input.linux.network.network_manager

major := split(object.get(input.os, "version_id", ""), ".")[0]

distro := sprintf("%s %s", [input.os.id, object.get(input.os, "version_id", "")])

nm_required if {
	some e in linux.th.network_manager_required
	major == e.major
	input.os.id == e.id
}

nm_required if {
	some e in linux.th.network_manager_required
	major == e.major
	e.id in object.get(input.os, "id_like", [])
}

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["os.id", "linux.network.network_manager.installed", "linux.network.network_manager.enabled"])

deny contains {"msg": msg, "fact": "linux.network.network_manager.enabled"} if {
	not nm_required
	nm.enabled == true
	msg := sprintf("NetworkManager is enabled on %s; the guide requires it disabled except on CentOS 7-based systems (§2.7): systemctl disable NetworkManager and use ifupdown with DHCP", [distro])
}

deny contains {"msg": msg, "fact": "linux.network.network_manager.enabled"} if {
	nm_required
	nm.enabled == false
	msg := sprintf("NetworkManager is not %s on %s; the guide requires it enabled on CentOS 7-based systems (§2.7): install it and systemctl enable NetworkManager", [state_word, distro])
}

state_word := "enabled" if nm.installed == true

state_word := "installed" if nm.installed == false

ok contains msg if {
	not nm_required
	nm.enabled == false
	msg := sprintf("NetworkManager is %s", [off_text])
}

ok contains msg if {
	nm_required
	nm.enabled == true
	msg := sprintf("NetworkManager is enabled, as CentOS 7-based %s requires", [distro])
}

off_text := "installed but disabled" if nm.installed == true

off_text := "not installed" if nm.installed == false
