# METADATA
# title: The VM's network device comes up at boot with DHCP
# description: |
#   The network device the VM will have on Azure comes up at boot and is configured by DHCP. On Azure that
#   device is eth0, driven by hv_netvsc, with a MAC address the image cannot know: a configuration counts
#   when it names eth0 (or a pattern eth0 matches), matches by the hv_netvsc driver, or matches any device;
#   one for another interface name or a fixed MAC does not. No udev rule or .link file may pin an interface
#   name to a MAC address (70-persistent-net.rules), since every VM gets a new one.
# scope: package
# custom:
#   id: AZMP-LNX-019
#   severity: error
#   guide: "§2.7"
#   stage: any
#   facts: [linux.network.interfaces, linux.network.persistent_names, linux.network.primary, linux.network.stack, linux.unsupported]
#   remediation: |
#     Configure eth0 (or a match on the hv_netvsc driver) for DHCP and bring it up at boot in the manager
#     the image uses: "auto eth0" / "allow-hotplug eth0" and "iface eth0 inet dhcp" (ifupdown),
#     "dhcp4: true" under eth0 or a "match: driver: hv_netvsc" (netplan), [Match] Name=eth0 with DHCP=yes
#     (systemd-networkd), BOOTPROTO=dhcp and ONBOOT=yes (ifcfg-eth0), an auto-connecting NetworkManager
#     profile with ipv4.method=auto. Delete MAC-pinning udev rules (/etc/udev/rules.d/70-persistent-net.rules).
package vmimage.rules.linux.primary_nic_dhcp

import data.vmimage.lib
import data.vmimage.lib.linux

network := input.linux.network

nic := network.primary

azure_name := "eth0"

azure_driver := "hv_netvsc"

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.network.interfaces" if {
	not lib.has("linux.network.interfaces")
	not lib.has("linux.network.primary")
}

missing contains "linux.network.persistent_names" if not lib.has("linux.network.persistent_names")

missing contains m if some m in linux.unsupported(["linux.network.interfaces", "linux.network.persistent_names"])

glob_any(patterns, s) if {
	some p in patterns
	glob.match(p, [], s)
}

# Whether a configuration applies to the Azure NIC (eth0, hv_netvsc, any MAC).
applies(i) if {
	name_ok(i)
	drivers_ok(i)
	count(object.get(i, ["match", "macs"], [])) == 0
	count(object.get(i, ["match", "other"], [])) == 0
}

name_ok(i) if glob.match(i.name, [], azure_name)

name_ok(i) if {
	not i.name
	count(object.get(i, ["match", "names"], [])) == 0
}

name_ok(i) if {
	not i.name
	glob_any(i.match.names, azure_name)
}

drivers_ok(i) if count(object.get(i, ["match", "drivers"], [])) == 0

drivers_ok(i) if glob_any(i.match.drivers, azure_driver)

interfaces := network.interfaces

# systemd-networkd configures a link with the first .network file (in file-name order) that matches it: a
# later file matching eth0 too is not used. The probe lists networkd's files in that order.
shadowed(n) if {
	interfaces[n].mechanism == "networkd"
	some m, j in interfaces
	m < n
	j.mechanism == "networkd"
	applies(j)
}

# A networkd file matching on criteria the image cannot tell (Type=, Path=, Property=...) that comes before
# the first one that applies: whether it takes eth0 is not known.
undecided if {
	some n, _ in interfaces
	preceded(n)
}

preceded(n) if {
	interfaces[n].mechanism == "networkd"
	applies(interfaces[n])
	not shadowed(n)
	some m, j in interfaces
	m < n
	j.mechanism == "networkd"
	maybe(j)
}

maybe(i) if {
	name_ok(i)
	drivers_ok(i)
	count(object.get(i, ["match", "macs"], [])) == 0
	count(object.get(i, ["match", "other"], [])) > 0
}

# A configuration the probe could not read may be the one that applies: no verdict on what was read.
unread if count(linux.unsupported(["linux.network.interfaces"])) > 0

applicable := [i | some n, i in interfaces; applies(i); not shadowed(n); not preceded(n)]

good := [i | some i in applicable; i.dhcp == true; i.onboot == true]

missing contains "linux.network.interfaces" if {
	undecided
	count(good) == 0
}

label(i) := sprintf("%s %s", [i.mechanism, i.name]) if i.name

label(i) := sprintf("%s match %s", [i.mechanism, concat(" ", [sprintf("%s=%s", [k, concat(",", v)]) | some k, v in i.match])]) if {
	not i.name
	i.match
}

label(i) := sprintf("%s for any device", [i.mechanism]) if {
	not i.name
	not i.match
}

state(i) := concat(", ", array.concat(
	[s | s := "no DHCP"; i.dhcp != true],
	[s | s := "not brought up at boot"; i.onboot != true],
))

described(is) := concat("; ", [sprintf("%s (%s)", [label(i), linux.where(i)]) | some i in is])

deny contains {"msg": msg, "fact": "linux.network.interfaces"} if {
	lib.has("linux.network.interfaces")
	count(good) == 0
	not undecided
	not unread
	count(applicable) > 0
	msg := sprintf(
		"the configuration of the VM's network device is %s; the guide requires the network device to come up at boot with DHCP (§2.7): configure it with DHCP and bring it up at boot",
		[concat("; ", [sprintf("%s (%s): %s", [label(i), linux.where(i), state(i)]) | some i in applicable])],
	)
}

deny contains {"msg": msg, "fact": "linux.network.interfaces"} if {
	lib.has("linux.network.interfaces")
	count(applicable) == 0
	not undecided
	not unread
	msg := sprintf(
		"no network configuration applies to the device the VM will have on Azure (%s, driver %s, a new MAC address)%s; the guide requires the network device to come up at boot with DHCP (§2.7): configure %s (or a match on the %s driver) with DHCP at boot",
		[azure_name, azure_driver, others_text, azure_name, azure_driver],
	)
}

others_text := sprintf(": found only %s", [described(interfaces)]) if count(interfaces) > 0

others_text := ": none found" if count(interfaces) == 0

deny contains {"msg": msg, "fact": sprintf("linux.network.persistent_names.%d", [i])} if {
	some i, p in network.persistent_names
	msg := sprintf(
		"%s pins the interface name%s to the MAC address%s (%s); every VM gets a new MAC, so the device would not be %s (§2.7): delete that rule",
		[linux.where(p), name_of(p), mac_of(p), p.text, azure_name],
	)
}

name_of(p) := sprintf(" %s", [p.name]) if p.name

name_of(p) := "" if not p.name

mac_of(p) := sprintf(" %s", [p.mac]) if p.mac

mac_of(p) := "" if not p.mac

# Older probes: only the primary interface.
deny contains {"msg": msg, "fact": "linux.network.primary"} if {
	not lib.has("linux.network.interfaces")
	nic.dhcp == false
	msg := sprintf("the primary network device %s is not configured for DHCP (%s); the guide requires DHCP (§2.7): configure it with DHCP", [nic.name, linux.where(nic)])
}

deny contains {"msg": msg, "fact": "linux.network.primary"} if {
	not lib.has("linux.network.interfaces")
	nic.onboot == false
	msg := sprintf("the primary network device %s does not come up at boot (%s); the guide requires it (§2.7): add auto/allow-hotplug %s (or ONBOOT=yes)", [nic.name, linux.where(nic), nic.name])
}

ok contains msg if {
	count(good) > 0
	msg := sprintf("the VM's network device comes up at boot with DHCP: %s", [described(good)])
}

ok contains msg if {
	not lib.has("linux.network.interfaces")
	nic.dhcp == true
	nic.onboot == true
	msg := sprintf("%s comes up at boot with DHCP (%s)", [nic.name, linux.where(nic)])
}
