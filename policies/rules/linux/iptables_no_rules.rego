# METADATA
# title: iptables installed, with no rules enabled
# description: |
#   The firewall software (iptables) is installed but no rule is enabled: none active (live) and no rule
#   set loaded at boot by anything: iptables-persistent (rules.v4/rules.v6), iptables-restore in
#   pre-up/up lines, unit files or rc.local, nftables (/etc/nftables.conf and what it includes), the
#   iptables services (/etc/sysconfig/iptables), firewalld or ufw enabled. Chains with only an ACCEPT policy
#   and no rules are not rules; a DROP or REJECT policy is.
# scope: package
# custom:
#   id: AZMP-LNX-024
#   severity: error
#   guide: "§2.8"
#   stage: any
#   facts: [linux.iptables.installed, linux.iptables.active_rules, linux.iptables.persisted, linux.unsupported]
#   remediation: |
#     Install iptables, and remove what loads rules at boot, the way it loads them: empty or delete the saved
#     rule set (/etc/iptables/rules.v4, /etc/sysconfig/iptables), remove the iptables-restore line, disable
#     nftables.service or empty nftables.conf and its includes, systemctl disable firewalld, ufw disable.
package vmimage.rules.linux.iptables_no_rules

import data.vmimage.lib.linux

ipt := input.linux.iptables

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.iptables.installed", "linux.iptables.persisted"])

missing contains m if some m in linux.unsupported(["linux.iptables"])

requires := "the guide requires the firewall software installed with no rules enabled (§2.8)"

# firewalld and ufw apply their own rule sets when enabled, whatever their files hold.
service_firewall(p) if p.mechanism in {"firewalld", "ufw"}

blocks(p) if object.get(p, "rules", 0) > 0

blocks(p) if object.get(p, "non_accept_policies", 0) > 0

what(p) := sprintf("%d firewall rule(s)", [p.rules]) if {
	object.get(p, "rules", 0) > 0
	object.get(p, "non_accept_policies", 0) == 0
}

what(p) := sprintf("%d chain(s) with a DROP/REJECT policy", [p.non_accept_policies]) if {
	object.get(p, "rules", 0) == 0
	object.get(p, "non_accept_policies", 0) > 0
}

what(p) := sprintf("%d firewall rule(s) and %d chain(s) with a DROP/REJECT policy", [p.rules, p.non_accept_policies]) if {
	object.get(p, "rules", 0) > 0
	object.get(p, "non_accept_policies", 0) > 0
}

loader(p) := sprintf(", loaded at boot by %s", [p.loaded_by]) if p.loaded_by

loader(p) := ", loaded at boot" if not p.loaded_by

fix(p) := sprintf("empty %s (keep only ACCEPT policies) or purge iptables-persistent", [p.file]) if p.mechanism == "iptables-persistent"

fix(p) := sprintf("remove the iptables-restore call from %s", [object.get(p, "loaded_by", p.file)]) if p.mechanism == "iptables-restore"

fix(p) := sprintf("systemctl disable nftables.service, or remove the rules from %s and the files it includes", [p.file]) if p.mechanism == "nftables"

fix(p) := sprintf("systemctl disable iptables.service ip6tables.service, or empty %s", [p.file]) if p.mechanism == "iptables-services"

fix(p) := sprintf("remove the rule set %s or disable what loads it", [p.file]) if not known(p)

known(p) if p.mechanism in {"iptables-persistent", "iptables-restore", "nftables", "iptables-services", "firewalld", "ufw"}

deny contains {"msg": msg, "fact": "linux.iptables.installed"} if {
	ipt.installed == false
	msg := sprintf("iptables is not installed; %s: install iptables", [requires])
}

deny contains {"msg": msg, "fact": "linux.iptables.active_rules"} if {
	ipt.active_rules > 0
	msg := sprintf("%d iptables rule(s) are active; %s: iptables -F and remove what loads them", [ipt.active_rules, requires])
}

deny contains {"msg": msg, "fact": sprintf("linux.iptables.persisted.%d", [i])} if {
	some i, p in ipt.persisted
	not service_firewall(p)
	p.loaded_at_boot == true
	blocks(p)
	msg := sprintf("%s holds %s%s; %s: %s", [linux.where(p), what(p), loader(p), requires, fix(p)])
}

deny contains {"msg": msg, "fact": sprintf("linux.iptables.persisted.%d", [i])} if {
	some i, p in ipt.persisted
	p.mechanism == "firewalld"
	p.loaded_at_boot == true
	msg := sprintf("firewalld is enabled (%s) and applies the rules of its default zone (%s) at boot; %s: systemctl disable firewalld", [object.get(p, "loaded_by", "firewalld.service"), linux.where(p), requires])
}

deny contains {"msg": msg, "fact": sprintf("linux.iptables.persisted.%d", [i])} if {
	some i, p in ipt.persisted
	p.mechanism == "ufw"
	p.loaded_at_boot == true
	msg := sprintf("ufw is enabled (ENABLED=yes at %s, %s enabled) and loads its rules at boot; %s: ufw disable (ENABLED=no in /etc/ufw/ufw.conf) and systemctl disable ufw", [linux.where(p), object.get(p, "loaded_by", "ufw.service"), requires])
}

ok contains msg if {
	ipt.installed == true
	msg := sprintf("iptables at %s, no rules enabled", [ipt.path])
}
