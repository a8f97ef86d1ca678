# METADATA
# title: sshd ClientAliveInterval within 30–235, 180 recommended
# description: |
#   With the SSH server enabled, sshd_config sets a keep-alive: ClientAliveInterval 180 is recommended,
#   30–235 accepted. The effective value is judged (sshd -T on a live system, else the first global
#   setting of sshd_config and its Include files, as sshd reads them). Not applicable when SSH is
#   explicitly blocked or no SSH server is installed.
# scope: package
# custom:
#   id: AZMP-LNX-014
#   severity: error
#   guide: "§2.6"
#   stage: any
#   facts: [linux.ssh.installed, linux.ssh.blocked, linux.ssh.client_alive_interval]
#   remediation: |
#     Put "ClientAliveInterval 180" in /etc/ssh/sshd_config (before any Match block), or in a drop-in that
#     is included before any other setting of it.
package vmimage.rules.linux.ssh_client_alive_interval

import data.vmimage.lib
import data.vmimage.lib.linux

th := linux.th

ssh := input.linux.ssh

cai := ssh.client_alive_interval

fact := "linux.ssh.client_alive_interval"

accepts := sprintf("the guide accepts %d–%d and recommends %d (§2.6)", [th.client_alive_min, th.client_alive_max, th.client_alive_recommended])

where := sprintf("%s:%d", [cai.file, cai.line]) if cai.line

where := "the effective configuration (sshd -T)" if {
	not cai.line
	cai.source == "sshd -T"
}

skip contains m if some m in linux.skips("any")

skip contains msg if {
	ssh.blocked == true
	msg := sprintf("SSH is explicitly blocked (%s): no keep-alive is needed (§2.6)", [object.get(ssh, "blocked_reason", "blocked")])
}

skip contains "no SSH server is installed (AZMP-LNX-013 reports it)" if ssh.installed == false

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.ssh.installed", "linux.ssh.blocked"])

missing contains fact if {
	ssh.installed == true
	not lib.has(fact)
}

deny contains {"msg": msg, "fact": fact} if {
	cai.source == "default"
	msg := sprintf("ClientAliveInterval is not set in %s (sshd's default 0 sends no keep-alives); %s: add ClientAliveInterval %d", [cai.file, accepts, th.client_alive_recommended])
}

deny contains {"msg": msg, "fact": fact} if {
	not cai.value
	cai.raw
	msg := sprintf("ClientAliveInterval \"%s\" in %s is not a valid time; %s: set ClientAliveInterval %d", [cai.raw, where, accepts, th.client_alive_recommended])
}

deny contains {"msg": msg, "fact": fact} if {
	cai.source != "default"
	is_number(cai.value)
	out_of_range(cai.value)
	msg := sprintf("ClientAliveInterval is %d in %s; %s: set ClientAliveInterval %d", [cai.value, where, accepts, th.client_alive_recommended])
}

deny contains {"msg": msg, "fact": fact, "severity": "warning"} if {
	cai.source != "default"
	is_number(cai.value)
	not out_of_range(cai.value)
	cai.value != th.client_alive_recommended
	msg := sprintf("ClientAliveInterval is %d in %s; %s: consider %d", [cai.value, where, accepts, th.client_alive_recommended])
}

out_of_range(v) if v < th.client_alive_min

out_of_range(v) if v > th.client_alive_max

ok contains msg if {
	cai.value == th.client_alive_recommended
	cai.source != "default"
	msg := sprintf("ClientAliveInterval is %d in %s", [cai.value, where])
}
