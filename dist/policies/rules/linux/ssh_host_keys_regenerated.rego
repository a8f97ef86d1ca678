# METADATA
# title: SSH host keys removed and regenerated per VM
# description: |
#   /etc/waagent.conf sets Provisioning.RegenerateSshHostKeyPair=y, and (build stage) no SSH host key is
#   left in the image, so no two VMs share a host key.
# scope: package
# custom:
#   id: AZMP-LNX-026
#   severity: error
#   guide: "§2.9"
#   stage: any
#   facts: [linux.waagent.conf.present, linux.waagent.conf.settings, linux.generalization.ssh_host_keys]
#   remediation: |
#     Set Provisioning.RegenerateSshHostKeyPair=y in /etc/waagent.conf and remove /etc/ssh/ssh_host_*
#     before capture (waagent -deprovision does).
package vmimage.rules.linux.ssh_host_keys_regenerated

import data.vmimage.lib
import data.vmimage.lib.linux

s := linux.setting("Provisioning.RegenerateSshHostKeyPair")

keys := input.linux.generalization.ssh_host_keys

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.waagent.conf.present" if not lib.has("linux.waagent.conf.present")

missing contains "linux.generalization.ssh_host_keys" if {
	input.stage == "build"
	not lib.has("linux.generalization.ssh_host_keys")
}

deny contains {"msg": msg, "fact": s.fact} if {
	not linux.on(s)
	msg := sprintf("Provisioning.RegenerateSshHostKeyPair is %s (%s); the guide requires y (§2.9): set Provisioning.RegenerateSshHostKeyPair=y", [s.value, s.where])
}

deny contains {"msg": msg, "fact": "linux.generalization.ssh_host_keys"} if {
	input.stage == "build"
	count(keys) > 0
	msg := sprintf("%d SSH host key file(s) left in the image (%s); the guide requires them removed (§2.9): rm /etc/ssh/ssh_host_* or run waagent -deprovision", [count(keys), lib.join(keys)])
}

ok contains msg if {
	linux.on(s)
	msg := sprintf("Provisioning.RegenerateSshHostKeyPair=y (%s)", [s.where])
}
