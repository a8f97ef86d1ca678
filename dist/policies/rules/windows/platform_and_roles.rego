# METADATA
# title: 64-bit Windows without the roles certification rejects
# description: |
#   Later certification (its self-test, not the guide) requires a 64-bit OS and rejects images with
#   roles or features that do not work on Azure or conflict with it: Failover Clustering, Hyper-V,
#   Rights Management Services, Windows Deployment Services, iSNS, Multipath I/O, Network Load
#   Balancing, PNRP, SNMP, WINS, Wireless LAN; and BitLocker protection on the OS volume. The lists are
#   profile data. Off in the guide profile.
# scope: package
# custom:
#   id: AZMP-WIN-006
#   severity: error
#   guide: "(later)"
#   stage: any
#   facts: [os.type, windows.os.architecture, windows.features_installed, windows.bitlocker.os_volume_protection]
#   remediation: |
#     Build from a 64-bit base image; remove the rejected features (`Uninstall-WindowsFeature <name>`)
#     and turn BitLocker off on C: (`Disable-BitLocker -MountPoint C:`) before sysprep.
package vmimage.rules.windows.platform_and_roles

import data.vmimage.lib
import data.vmimage.lib.text

th := lib.thresholds.windows

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "Linux image: the Windows rules do not apply" if lib.is_linux

skip contains "off in this profile: the guide has no such rule (the current profile turns it on)" if {
	not th.platform_and_roles_enabled
}

missing contains "os.type" if {
	th.platform_and_roles_enabled
	not lib.os_type
}

missing contains "windows.os.architecture" if {
	applies
	not lib.has("windows.os.architecture")
}

missing contains "windows.features_installed" if {
	applies
	not lib.has("windows.features_installed")
}

missing contains "windows.bitlocker.os_volume_protection" if {
	applies
	object.get(input, ["windows", "bitlocker", "os_volume_protection"], "unknown") == "unknown"
}

deny contains {"msg": msg, "fact": "windows.os.architecture"} if {
	lib.is_windows
	arch := input.windows.os.architecture
	not lower(arch) in {lower(a) | some a in th.architectures_64bit}
	msg := sprintf("the OS is %s; %s requires a 64-bit OS (%s): build from a 64-bit base image", [arch, text.authority, lib.join(th.architectures_64bit)])
}

rejected contains f if {
	some f in input.windows.features_installed
	lower(f) in {lower(r) | some r in th.rejected_features}
}

deny contains {"msg": msg, "fact": "windows.features_installed"} if {
	lib.is_windows
	count(rejected) > 0
	msg := sprintf(
		"installed roles/features that %s rejects: %s: remove them with Uninstall-WindowsFeature before sysprep",
		[text.authority, lib.join(sort(rejected))],
	)
}

deny contains {"msg": msg, "fact": "windows.bitlocker.os_volume_protection"} if {
	lib.is_windows
	input.windows.bitlocker.os_volume_protection == "on"
	msg := sprintf("BitLocker protects the OS volume; %s rejects it on the OS disk: Disable-BitLocker -MountPoint C: before sysprep", [text.authority])
}

ok contains msg if {
	applies
	lib.is_windows
	count(missing) == 0
	msg := sprintf("%s OS, none of the rejected roles installed, BitLocker off on the OS volume", [input.windows.os.architecture])
}
