# METADATA
# title: OS disk is registered as Generalized
# description: |
#   A marketplace image is deployed many times, so its OS VHD must be generalized (Linux: waagent
#   -deprovision; Windows: sysprep /generalize) and registered with the OS state Generalized.
#   A specialized disk cannot be published.
# scope: package
# custom:
#   id: AZMP-REG-001
#   severity: error
#   guide: "§4"
#   stage: any
#   facts: [disks.os.state]
#   remediation: |
#     Generalize the OS before capture (Linux: `waagent -force -deprovision+user`; Windows:
#     `sysprep /generalize /oobe /shutdown`) and register the image with OS state Generalized
#     (Packer azure-arm: the default for managed images; for gallery versions, a generalized image definition).
package vmimage.rules.registration.os_disk_generalized

import data.vmimage.lib

missing contains "disks.os.state" if not lib.has("disks.os.state")

deny contains {"msg": msg, "fact": "disks.os.state"} if {
	input.disks.os.state != "Generalized"
	msg := sprintf(
		"the OS disk is registered as %s; the guide requires a Generalized OS disk, a specialized image cannot be published (§4): generalize the OS and register it as Generalized",
		[input.disks.os.state],
	)
}

ok contains "the OS disk is registered as Generalized" if input.disks.os.state == "Generalized"
