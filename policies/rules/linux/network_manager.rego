# METADATA
# title: NetworkManager disabled in most cases (enabled on CentOS 7-based systems)
# description: |
#   The guide finds NetworkManager "best" disabled in most cases, and requires it enabled on CentOS 7.x
#   and the systems derived from it. So an enabled NetworkManager is a warning, and a disabled (or missing)
#   one on a system that must run it is an error. The current profile follows later certification (LISA):
#   RHEL-family 7 and later and Fedora must enable it.
# scope: package
# custom:
#   id: AZMP-LNX-015
#   severity: warning
#   guide: "§2.7"
#   stage: any
#   facts: [os.id, os.id_like, os.version_id, linux.network.network_manager, linux.network.stack]
#   remediation: |
#     Where NetworkManager is not required: disable it (systemctl disable NetworkManager) and let another
#     manager bring the NIC up with DHCP (ifupdown, netplan with systemd-networkd); if the image's networking
#     relies on NetworkManager, keep it and accept the warning. On systems that must run it:
#     install NetworkManager and systemctl enable NetworkManager.
package vmimage.rules.linux.network_manager

import data.vmimage.lib
import data.vmimage.lib.linux

nm := input.linux.network.network_manager

major := split(object.get(input.os, "version_id", ""), ".")[0]

distro := sprintf("%s %s", [input.os.id, object.get(input.os, "version_id", "")])

family(e) if input.os.id == e.id

family(e) if e.id in object.get(input, ["os", "id_like"], [])

# An entry names a major version ("7"), a lowest one ("min_major": "7", compared as integers), or none.
version_ok(e) if major == e.major

version_ok(e) if {
	not e.major
	e.min_major
	lib.digits(major)
	lib.int_cmp(major, e.min_major) >= 0
}

version_ok(e) if {
	not e.major
	not e.min_major
}

nm_required if {
	some e in linux.th.network_manager_required
	family(e)
	version_ok(e)
}

required_text := "on CentOS 7-based systems" if lib.profile_name == "guide"

required_text := "on the systems the active profile names" if lib.profile_name != "guide"

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["os.id", "linux.network.network_manager.installed", "linux.network.network_manager.enabled"])

# What else would bring the network up, for the message.
others := [s | some s in object.get(input, ["linux", "network", "stack"], []); s != "NetworkManager"]

alternative := sprintf("this image also has %s configured", [lib.join(others)]) if count(others) > 0

alternative := "nothing else configures this image's network, so first configure the NIC with DHCP in another manager (ifupdown, netplan with systemd-networkd)" if count(others) == 0

deny contains {"msg": msg, "fact": "linux.network.network_manager.enabled", "severity": "warning"} if {
	not nm_required
	nm.enabled == true
	msg := sprintf(
		"NetworkManager is enabled on %s; the guide finds it best disabled in most cases and requires it only %s (§2.7): systemctl disable NetworkManager if the network comes up without it (%s), or keep it if the image relies on it",
		[distro, required_text, alternative],
	)
}

deny contains {"msg": msg, "fact": "linux.network.network_manager.enabled", "severity": "error"} if {
	nm_required
	nm.enabled == false
	msg := sprintf("NetworkManager is not %s on %s; the guide requires it enabled %s (§2.7): install it and systemctl enable NetworkManager", [state_word, distro, required_text])
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
	msg := sprintf("NetworkManager is enabled, as %s requires", [distro])
}

off_text := "installed but disabled" if nm.installed == true

off_text := "not installed" if nm.installed == false
