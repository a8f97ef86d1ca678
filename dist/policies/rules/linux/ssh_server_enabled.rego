# METADATA
# title: SSH server installed and enabled
# description: |
#   The guide recommends SSH for end users: the SSH server is installed and starts at boot. Not
#   applicable when the image blocks SSH on purpose (the ssh unit is masked, or Debian's
#   /etc/ssh/sshd_not_to_be_run exists).
# scope: package
# custom:
#   id: AZMP-LNX-013
#   severity: warning
#   guide: "§2.6"
#   stage: any
#   facts: [linux.ssh.installed, linux.ssh.enabled, linux.ssh.blocked]
#   remediation: |
#     Install the SSH server (openssh-server) and enable it (systemctl enable ssh / sshd).
package vmimage.rules.linux.ssh_server_enabled

import data.vmimage.lib.linux

ssh := input.linux.ssh

skip contains m if some m in linux.skips("any")

skip contains msg if {
	ssh.blocked == true
	msg := sprintf("SSH is explicitly blocked (%s)", [object.get(ssh, "blocked_reason", "blocked")])
}

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.ssh.installed", "linux.ssh.enabled"])

deny contains {"msg": msg, "fact": "linux.ssh.installed"} if {
	ssh.installed == false
	msg := "no SSH server is installed; the guide recommends SSH for end users (§2.6): install openssh-server and enable it"
}

deny contains {"msg": msg, "fact": "linux.ssh.enabled"} if {
	ssh.installed == true
	ssh.enabled == false
	msg := sprintf("the SSH server %s is installed but not enabled at boot; the guide recommends SSH (§2.6): systemctl enable ssh (or sshd)", [ssh.server])
}

ok contains msg if {
	ssh.installed == true
	ssh.enabled == true
	msg := sprintf("SSH server %s installed and enabled", [ssh.server])
}
