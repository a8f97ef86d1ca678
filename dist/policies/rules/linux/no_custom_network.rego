# METADATA
# title: No custom network configuration
# description: |
#   The image carries no custom network configuration (static addresses or gateways, fixed DNS servers,
#   custom routes), wherever the image sets it: ifupdown (interfaces, interfaces.d, pre-up/up/post-up
#   lines, if-*.d hook scripts), ifcfg files, netplan, systemd-networkd (.network files and .network.d
#   drop-ins), NetworkManager connection profiles, wicked, dhclient configuration and hooks,
#   resolved.conf(.d), resolvconf's head/base. A setting made in a way the probe does not understand is
#   unknown, not a pass.
# scope: package
# custom:
#   id: AZMP-LNX-017
#   severity: error
#   guide: "§2.7"
#   stage: any
#   facts: [linux.network.custom, linux.unsupported]
#   remediation: |
#     Remove the static address, DNS server or route where it is set (the message names the file and the
#     mechanism) and leave the primary NIC on DHCP only.
package vmimage.rules.linux.no_custom_network

import data.vmimage.lib
import data.vmimage.lib.linux

kinds := {"address": "static address", "dns": "fixed DNS server", "route": "custom route"}

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.network.custom" if not lib.has("linux.network.custom")

missing contains m if some m in linux.unsupported(["linux.network.custom"])

# What to do, true for the mechanism that sets it.
fix(c) := sprintf("delete the line from %s and keep the interface on \"inet dhcp\"", [c.file]) if c.mechanism == "ifupdown"

fix(c) := sprintf("delete the hook script %s (or the line in it)", [c.file]) if c.mechanism == "ifupdown-hook"

fix(c) := sprintf("remove it from %s (keep dhcp4: true) and regenerate with netplan generate", [c.file]) if c.mechanism == "netplan"

fix(c) := sprintf("remove the Address=/Gateway=/DNS=/[Route] setting from %s and keep DHCP=yes", [c.file]) if c.mechanism == "networkd"

fix(c) := sprintf("delete the connection profile %s, or set it to ipv4.method=auto without fixed addresses, DNS or routes", [c.file]) if c.mechanism == "NetworkManager"

fix(c) := sprintf("remove the supersede/prepend option or hook %s", [c.file]) if c.mechanism == "dhclient"

fix(c) := sprintf("remove DNS=/FallbackDNS= from %s", [c.file]) if c.mechanism == "resolved"

fix(c) := sprintf("empty %s (resolvconf copies it into every generated resolv.conf)", [c.file]) if c.mechanism == "resolvconf"

fix(c) := sprintf("set BOOTPROTO=dhcp in %s and remove its IPADDR/GATEWAY/DNS and route settings", [c.file]) if c.mechanism in {"network-scripts", "wicked"}

fix(c) := sprintf("remove it from %s and use DHCP", [object.get(c, "file", "the configuration")]) if not known(c)

known(c) if c.mechanism in {"ifupdown", "ifupdown-hook", "netplan", "networkd", "NetworkManager", "dhclient", "resolved", "resolvconf", "network-scripts", "wicked"}

by(c) := sprintf(" (%s)", [c.mechanism]) if c.mechanism

by(c) := "" if not c.mechanism

deny contains {"msg": msg, "fact": sprintf("linux.network.custom.%d", [i])} if {
	some i, c in input.linux.network.custom
	msg := sprintf("%s in %s%s: %s; the guide requires no custom network configuration (§2.7): %s", [kinds[c.kind], linux.where(c), by(c), c.text, fix(c)])
}

ok contains "no static addresses, fixed DNS servers or custom routes" if count(input.linux.network.custom) == 0
