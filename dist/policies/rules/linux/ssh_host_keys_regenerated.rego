# METADATA
# title: SSH host keys removed and regenerated per VM
# description: |
#   Host keys are regenerated per VM by whatever provisions the VM (waagent.conf Provisioning.Agent decides):
#   Provisioning.RegenerateSshHostKeyPair=y when the agent provisions, cloud-init's ssh_deletekeys (true
#   by default) when cloud-init does. And (build stage) no SSH host key is left in the image, wherever sshd
#   looks for them (/etc/ssh/ssh_host_* and every HostKey path), so no two VMs share a host key.
# scope: package
# custom:
#   id: AZMP-LNX-026
#   severity: error
#   guide: "§2.9"
#   stage: any
#   facts: [linux.waagent.conf.present, linux.waagent.conf.settings, linux.cloud_init, linux.generalization.ssh_host_keys, linux.unsupported]
#   remediation: |
#     When the agent provisions: Provisioning.RegenerateSshHostKeyPair=y in /etc/waagent.conf. When
#     cloud-init provisions: ssh_deletekeys: true (and ssh_genkeytypes not empty) in /etc/cloud/cloud.cfg or
#     cloud.cfg.d. Delete the host key files before capture (rm /etc/ssh/ssh_host_* and any other HostKey
#     path); the provisioner makes new ones at first boot.
package vmimage.rules.linux.ssh_host_keys_regenerated

import data.vmimage.lib
import data.vmimage.lib.linux

s := linux.setting("Provisioning.RegenerateSshHostKeyPair")

keys := input.linux.generalization.ssh_host_keys

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.provisioner_missing

missing contains p if some p in linux.disabled_missing

missing contains "linux.cloud_init.settings" if {
	linux.provisioner == "cloud-init"
	not lib.has("linux.cloud_init.settings")
}

missing contains "linux.generalization.ssh_host_keys" if {
	input.stage == "build"
	not lib.has("linux.generalization.ssh_host_keys")
}

missing contains m if some m in linux.unsupported(["linux.generalization.ssh_host_keys", "linux.cloud_init.settings"])

requires := "the guide requires SSH host keys regenerated for every VM (§2.9)"

deny contains {"msg": msg, "fact": s.fact} if {
	linux.agent_provisions
	not linux.on(s)
	msg := sprintf("%s and Provisioning.RegenerateSshHostKeyPair is %s (%s); %s: set Provisioning.RegenerateSshHostKeyPair=y", [linux.provisioner_text, s.value, s.where, requires])
}

deletekeys := linux.ci_setting("ssh_deletekeys")

deny contains {"msg": msg, "fact": deletekeys.fact} if {
	linux.provisioner == "cloud-init"
	deletekeys.value != true
	msg := sprintf("%s and its ssh_deletekeys is %v (%s), so every VM keeps the image's host keys; %s: set ssh_deletekeys: true in /etc/cloud/cloud.cfg.d/", [linux.provisioner_text, deletekeys.value, deletekeys.where, requires])
}

deny contains {"msg": msg, "fact": "linux.cloud_init.settings.ssh_genkeytypes"} if {
	linux.provisioner == "cloud-init"
	gen := input.linux.cloud_init.settings.ssh_genkeytypes
	gen.value == []
	msg := sprintf("%s and its ssh_genkeytypes is empty (%s), so it makes no new host keys; %s: list the key types (e.g. ssh_genkeytypes: [rsa, ecdsa, ed25519]) or drop the setting", [linux.provisioner_text, linux.where(gen), requires])
}

deny contains {"msg": msg, "fact": "linux.generalization.ssh_host_keys"} if {
	input.stage == "build"
	count(keys) > 0
	msg := sprintf("%d SSH host key file(s) left in the image (%s); %s: delete them before capture (rm %s); the provisioner makes new ones at first boot", [count(keys), lib.join(keys), requires, concat(" ", keys)])
}

ok contains msg if {
	linux.agent_provisions
	linux.on(s)
	msg := sprintf("Provisioning.RegenerateSshHostKeyPair=y (%s)", [s.where])
}

ok contains msg if {
	linux.provisioner == "cloud-init"
	deletekeys.value == true
	msg := sprintf("cloud-init provisions and deletes the host keys per VM (ssh_deletekeys: true, %s)", [deletekeys.where])
}
