# METADATA
# title: Root password deleted
# description: |
#   The root password is deleted by whatever provisions the VM (waagent.conf Provisioning.Agent decides):
#   Provisioning.DeleteRootPassword=y when the agent provisions; when cloud-init provisions, its
#   configuration gives root no password (no chpasswd entry, users entry or lock_passwd: false for root).
#   And root has no usable password in the image: locked ('*', '!...', '*LOCK*', which is what the agent
#   writes). An empty field is a password-less root, not a deleted password.
# scope: package
# custom:
#   id: AZMP-LNX-027
#   severity: error
#   guide: "§2.9"
#   stage: any
#   facts: [linux.waagent.conf.settings, linux.root_password.state, linux.cloud_init, linux.unsupported]
#   remediation: |
#     When the agent provisions: Provisioning.DeleteRootPassword=y in /etc/waagent.conf. When cloud-init
#     provisions: remove what gives root a password from cloud.cfg / cloud.cfg.d. In the image: lock root's
#     password (passwd -l root, or usermod -p '*' root); do not empty it (passwd -d).
package vmimage.rules.linux.root_password_deleted

import data.vmimage.lib
import data.vmimage.lib.linux

s := linux.setting("Provisioning.DeleteRootPassword")

rp := input.linux.root_password

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.root_password.state"])

missing contains p if some p in linux.provisioner_missing

missing contains p if some p in linux.disabled_missing

missing contains "linux.cloud_init.root_password_entries" if {
	linux.provisioner == "cloud-init"
	not lib.has("linux.cloud_init.root_password_entries")
}

missing contains m if some m in linux.unsupported(["linux.root_password", "linux.cloud_init.root_password_entries"])

requires := "the guide requires the root password deleted (§2.9)"

deny contains {"msg": msg, "fact": s.fact} if {
	linux.agent_provisions
	not linux.on(s)
	msg := sprintf("%s and Provisioning.DeleteRootPassword is %s (%s); %s: set Provisioning.DeleteRootPassword=y", [linux.provisioner_text, s.value, s.where, requires])
}

deny contains {"msg": msg, "fact": sprintf("linux.cloud_init.root_password_entries.%d", [i])} if {
	linux.provisioner == "cloud-init"
	some i, e in input.linux.cloud_init.root_password_entries
	msg := sprintf("%s and its configuration gives root a password at %s (%s); %s: remove it", [linux.provisioner_text, linux.where(e), object.get(e, "text", "a root password"), requires])
}

lock_advice := "passwd -l root, or waagent -deprovision with Provisioning.DeleteRootPassword=y (it writes *LOCK*)" if linux.agent_provisions

lock_advice := "passwd -l root (or usermod -p '*' root)" if not linux.agent_provisions

deny contains {"msg": msg, "fact": "linux.root_password"} if {
	rp.state == "hash"
	msg := sprintf("root has a password hash in %s, the same on every VM; %s: %s", [linux.where(rp), requires, lock_advice])
}

deny contains {"msg": msg, "fact": "linux.root_password"} if {
	rp.state == "empty"
	msg := sprintf("root's password field in %s is empty: a password-less root, not a deleted password; %s (locked: *, !... or *LOCK*): %s", [linux.where(rp), requires, lock_advice])
}

state_text := "locked" if rp.state == "locked"

state_text := "not in /etc/shadow" if rp.state == "no_entry"

ok contains msg if {
	linux.agent_provisions
	linux.on(s)
	not rp.state in {"hash", "empty"}
	msg := sprintf("Provisioning.DeleteRootPassword=y (%s); root password %s", [s.where, state_text])
}

ok contains msg if {
	linux.provisioner == "cloud-init"
	count(input.linux.cloud_init.root_password_entries) == 0
	not rp.state in {"hash", "empty"}
	msg := sprintf("cloud-init provisions and gives root no password; root password %s", [state_text])
}
