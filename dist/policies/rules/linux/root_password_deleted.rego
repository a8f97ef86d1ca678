# METADATA
# title: Root password deleted
# description: |
#   /etc/waagent.conf sets Provisioning.DeleteRootPassword=y, and root has no password hash in
#   /etc/shadow (locked or empty).
# scope: package
# custom:
#   id: AZMP-LNX-027
#   severity: error
#   guide: "§2.9"
#   stage: any
#   facts: [linux.waagent.conf.settings, linux.root_password.state]
#   remediation: |
#     Set Provisioning.DeleteRootPassword=y in /etc/waagent.conf and lock root's password (passwd -l root or
#     waagent -deprovision).
package vmimage.rules.linux.root_password_deleted

import data.vmimage.lib.linux

s := linux.setting("Provisioning.DeleteRootPassword")

rp := input.linux.root_password

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.waagent.conf.present", "linux.root_password.state"])

deny contains {"msg": msg, "fact": s.fact} if {
	not linux.on(s)
	msg := sprintf("Provisioning.DeleteRootPassword is %s (%s); the guide requires y (§2.9): set Provisioning.DeleteRootPassword=y", [s.value, s.where])
}

deny contains {"msg": msg, "fact": "linux.root_password"} if {
	rp.state == "hash"
	msg := sprintf("root has a password hash in %s; the guide requires the root password deleted (§2.9): passwd -l root (or waagent -deprovision)", [linux.where(rp)])
}

ok contains msg if {
	linux.on(s)
	rp.state != "hash"
	msg := sprintf("Provisioning.DeleteRootPassword=y (%s); root password %s", [s.where, rp.state])
}
