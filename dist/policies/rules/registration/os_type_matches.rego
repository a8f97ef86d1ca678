# METADATA
# title: Declared OS type matches the probed OS
# description: |
#   The OS type the image is registered with (manifest, template or the registration call) must be
#   the OS actually found in the image by the probe; a mismatch makes every deployment fail to provision.
# scope: package
# custom:
#   id: AZMP-REG-002
#   severity: error
#   guide: "§4.1"
#   stage: any
#   facts: [os.declared_type, os.type]
#   remediation: |
#     Register the image with the OS type of its OS disk (Packer azure-arm: os_type = "Linux" or "Windows").
package vmimage.rules.registration.os_type_matches

import data.vmimage.lib

missing contains "os.declared_type" if not lib.has("os.declared_type")

missing contains "os.type" if not lib.has("os.type")

deny contains {"msg": msg, "fact": "os.declared_type"} if {
	input.os.declared_type != input.os.type
	msg := sprintf(
		"the image is declared as %s but the probe found %s; the OS type must match the OS disk (§4.1): declare os_type = \"%s\"",
		[input.os.declared_type, input.os.type, input.os.type],
	)
}

ok contains msg if {
	input.os.declared_type == input.os.type
	msg := sprintf("declared and probed OS type: %s", [input.os.type])
}
