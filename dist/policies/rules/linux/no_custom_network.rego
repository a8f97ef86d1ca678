# METADATA
# title: No custom network configuration
# description: |
#   The image carries no custom network configuration: no static addresses or gateways, no fixed DNS
#   servers, no custom routes (ifupdown, ifcfg, systemd-networkd, netplan, NetworkManager profiles,
#   resolved.conf, dhclient.conf).
# scope: package
# custom:
#   id: AZMP-LNX-017
#   severity: error
#   guide: "§2.7"
#   stage: any
#   facts: [linux.network.custom]
#   remediation: |
#     Remove static addresses, DNS servers and routes from the network configuration; configure the primary
#     NIC for DHCP only.
package vmimage.rules.linux.no_custom_network

import data.vmimage.lib
import data.vmimage.lib.linux

kinds := {"address": "static address", "dns": "fixed DNS server", "route": "custom route"}

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.network.custom" if not lib.has("linux.network.custom")

deny contains {"msg": msg, "fact": sprintf("linux.network.custom.%d", [i])} if {
	some i, c in input.linux.network.custom
	msg := sprintf("%s in %s (%s); the guide requires no custom network configuration (§2.7): remove it and use DHCP", [kinds[c.kind], linux.where(c), c.text])
}

ok contains "no static addresses, fixed DNS servers or custom routes" if count(input.linux.network.custom) == 0
