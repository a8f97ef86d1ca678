# METADATA
# title: iptables installed, with no rules enabled
# description: |
#   The firewall software (iptables) is installed but no rule is enabled: none active (live) and no saved
#   rule set loaded at boot (iptables-persistent, iptables/nftables services).
# scope: package
# custom:
#   id: AZMP-LNX-024
#   severity: error
#   guide: "§2.8"
#   stage: any
#   facts: [linux.iptables.installed, linux.iptables.active_rules, linux.iptables.persisted]
#   remediation: |
#     Install iptables, flush its rules (iptables -F), remove saved rule sets (/etc/iptables/rules.v4,
#     /etc/sysconfig/iptables) or disable the service that loads them.
package vmimage.rules.linux.iptables_no_rules

import data.vmimage.lib.linux

ipt := input.linux.iptables

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.iptables.installed", "linux.iptables.persisted"])

deny contains {"msg": msg, "fact": "linux.iptables.installed"} if {
	ipt.installed == false
	msg := "iptables is not installed; the guide requires the firewall software installed with no rules enabled (§2.8): install iptables"
}

deny contains {"msg": msg, "fact": "linux.iptables.active_rules"} if {
	ipt.active_rules > 0
	msg := sprintf("%d iptables rule(s) are active; the guide requires no rules enabled (§2.8): iptables -F and remove what loads them", [ipt.active_rules])
}

deny contains {"msg": msg, "fact": sprintf("linux.iptables.persisted.%d", [i])} if {
	some i, p in ipt.persisted
	p.rules > 0
	p.loaded_at_boot == true
	msg := sprintf("%s holds %d firewall rule(s) loaded at boot; the guide requires no rules enabled (§2.8): remove the file or disable its service", [p.file, p.rules])
}

ok contains msg if {
	ipt.installed == true
	msg := sprintf("iptables at %s, no rules enabled", [ipt.path])
}
