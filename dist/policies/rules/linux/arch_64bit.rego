# METADATA
# title: 64-bit operating system
# description: |
#   Later certification (self-test, LISA) accepts only 64-bit images: x86_64/amd64 or aarch64/arm64.
#   Off in the guide profile.
# scope: package
# custom:
#   id: AZMP-LNX-028
#   severity: error
#   guide: "(later)"
#   stage: any
#   facts: [os.architecture]
#   remediation: |
#     Build the image from a 64-bit (x86_64 or arm64) distribution image.
package vmimage.rules.linux.arch_64bit

import data.vmimage.lib
import data.vmimage.lib.linux

archs := linux.th.architectures_64bit

skip contains m if some m in linux.skips("any")

skip contains m if some m in linux.off("arch_64bit_enabled")

missing contains p if some p in linux.needs("any")

missing contains "os.architecture" if not lib.has("os.architecture")

deny contains {"msg": msg, "fact": "os.architecture"} if {
	not input.os.architecture in archs
	msg := sprintf("the OS is %s, not 64-bit; current certification accepts %s: build a 64-bit image", [input.os.architecture, lib.join(archs)])
}

ok contains msg if {
	input.os.architecture in archs
	msg := sprintf("64-bit OS (%s)", [input.os.architecture])
}
