# METADATA
# title: Primary network device comes up at boot with DHCP
# description: |
#   The primary NIC (eth0, or the first configured interface) is brought up at boot and configured by
#   DHCP.
# scope: package
# custom:
#   id: AZMP-LNX-019
#   severity: error
#   guide: "§2.7"
#   stage: any
#   facts: [linux.network.primary]
#   remediation: |
#     Configure the primary NIC for DHCP and bring it up at boot: "auto eth0" / "allow-hotplug eth0" and
#     "iface eth0 inet dhcp" (ifupdown), or BOOTPROTO=dhcp and ONBOOT=yes (ifcfg-eth0).
package vmimage.rules.linux.primary_nic_dhcp

import data.vmimage.lib
import data.vmimage.lib.linux

nic := input.linux.network.primary

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.network.primary" if not lib.has("linux.network.primary")

deny contains {"msg": msg, "fact": "linux.network.primary"} if {
	nic.dhcp == false
	msg := sprintf("the primary network device %s is not configured for DHCP (%s); the guide requires DHCP (§2.7): configure it with DHCP", [nic.name, linux.where(nic)])
}

deny contains {"msg": msg, "fact": "linux.network.primary"} if {
	nic.onboot == false
	msg := sprintf("the primary network device %s does not come up at boot (%s); the guide requires it (§2.7): add auto/allow-hotplug %s (or ONBOOT=yes)", [nic.name, linux.where(nic), nic.name])
}

ok contains msg if {
	nic.dhcp == true
	nic.onboot == true
	msg := sprintf("%s comes up at boot with DHCP (%s)", [nic.name, linux.where(nic)])
}
