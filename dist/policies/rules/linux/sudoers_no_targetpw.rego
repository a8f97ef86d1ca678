# METADATA
# title: No "Defaults targetpw" in sudoers
# description: |
#   Later certification (LISA) rejects images whose sudoers asks for the target user's password
#   (Defaults targetpw): the provisioned user has no root password to give. Off in the guide profile.
# scope: package
# custom:
#   id: AZMP-LNX-029
#   severity: error
#   guide: "(later)"
#   stage: any
#   facts: [linux.sudoers.targetpw]
#   remediation: |
#     Remove "Defaults targetpw" (and "ALL ALL=(ALL) ALL" that goes with it) from /etc/sudoers and
#     /etc/sudoers.d.
package vmimage.rules.linux.sudoers_no_targetpw

import data.vmimage.lib
import data.vmimage.lib.linux

skip contains m if some m in linux.skips("any")

skip contains m if some m in linux.off("sudoers_targetpw_enabled")

missing contains p if some p in linux.needs("any")

missing contains "linux.sudoers.targetpw" if not lib.has("linux.sudoers.targetpw")

deny contains {"msg": msg, "fact": sprintf("linux.sudoers.targetpw.%d", [i])} if {
	some i, e in input.linux.sudoers.targetpw
	msg := sprintf("%s sets targetpw (%s); current certification rejects it: remove the line", [linux.where(e), object.get(e, "text", "")])
}

ok contains "no Defaults targetpw in sudoers" if count(input.linux.sudoers.targetpw) == 0
