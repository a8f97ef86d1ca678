package vmimage.tests.linux.iptables_no_rules

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "iptables_no_rules") with input as fx.good
	f == {
		"details": [
			{
				"msg": "iptables at /usr/sbin/iptables, no rules enabled",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_not_installed if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/iptables",
			"value": {
				"installed": false,
				"persisted": [],
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.iptables.installed",
				"msg": "iptables is not installed; the guide requires the firewall software installed with no rules enabled (§2.8): install iptables",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_persisted if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/iptables/persisted",
			"value": [
				{
					"file": "/etc/iptables/rules.v4",
					"rules": 3,
					"loaded_at_boot": true,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.iptables.persisted.0",
				"msg": "/etc/iptables/rules.v4 holds 3 firewall rule(s), loaded at boot; the guide requires the firewall software installed with no rules enabled (§2.8): remove the rule set /etc/iptables/rules.v4 or disable what loads it",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_pass_persisted_not_loaded if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/iptables/persisted",
			"value": [
				{
					"file": "/etc/iptables/rules.v4",
					"rules": 3,
					"loaded_at_boot": false,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"msg": "iptables at /usr/sbin/iptables, no rules enabled",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_active if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "add",
			"path": "/linux/iptables/active_rules",
			"value": 2,
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.iptables.active_rules",
				"msg": "2 iptables rule(s) are active; the guide requires the firewall software installed with no rules enabled (§2.8): iptables -F and remove what loads them",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/iptables/persisted",
		},
	])
	f == {
		"details": [
			{
				"msg": "iptables at /usr/sbin/iptables, no rules enabled",
			},
		],
		"missing": [
			"linux.iptables.persisted",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/os/type",
			"value": "Windows",
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"not a Linux image (the OS is Windows)",
		],
		"status": "not_applicable",
	}
}

fw(ps) := f if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/iptables/persisted", "value": ps}])
}

req := "the guide requires the firewall software installed with no rules enabled (§2.8)"

test_fail_by_mechanism if {
	fw([{"file": "/etc/iptables/rules.v4", "rules": 2, "loaded_at_boot": true, "mechanism": "iptables-persistent", "loaded_by": "netfilter-persistent.service"}]).details == [{
		"fact": "linux.iptables.persisted.0",
		"msg": sprintf("/etc/iptables/rules.v4 holds 2 firewall rule(s), loaded at boot by netfilter-persistent.service; %s: empty /etc/iptables/rules.v4 (keep only ACCEPT policies) or purge iptables-persistent", [req]),
	}]
	fw([{"file": "/etc/fw.rules", "rules": 1, "loaded_at_boot": true, "mechanism": "iptables-restore", "loaded_by": "/etc/network/interfaces:12"}]).details == [{
		"fact": "linux.iptables.persisted.0",
		"msg": sprintf("/etc/fw.rules holds 1 firewall rule(s), loaded at boot by /etc/network/interfaces:12; %s: remove the iptables-restore call from /etc/network/interfaces:12", [req]),
	}]
	fw([{"file": "/etc/nftables.conf", "rules": 4, "loaded_at_boot": true, "mechanism": "nftables", "loaded_by": "nftables.service"}]).details == [{
		"fact": "linux.iptables.persisted.0",
		"msg": sprintf("/etc/nftables.conf holds 4 firewall rule(s), loaded at boot by nftables.service; %s: systemctl disable nftables.service, or remove the rules from /etc/nftables.conf and the files it includes", [req]),
	}]
	fw([{"file": "/etc/sysconfig/iptables", "rules": 0, "non_accept_policies": 1, "loaded_at_boot": true, "mechanism": "iptables-services"}]).details == [{
		"fact": "linux.iptables.persisted.0",
		"msg": sprintf("/etc/sysconfig/iptables holds 1 chain(s) with a DROP/REJECT policy, loaded at boot; %s: systemctl disable iptables.service ip6tables.service, or empty /etc/sysconfig/iptables", [req]),
	}]
	fw([{"file": "/etc/x.rules", "rules": 1, "non_accept_policies": 2, "loaded_at_boot": true}]).details[0].msg == sprintf("/etc/x.rules holds 1 firewall rule(s) and 2 chain(s) with a DROP/REJECT policy, loaded at boot; %s: remove the rule set /etc/x.rules or disable what loads it", [req])
}

test_fail_firewalld_ufw_enabled if {
	fw([{"file": "/usr/lib/firewalld/zones/public.xml", "loaded_at_boot": true, "mechanism": "firewalld", "loaded_by": "firewalld.service"}]).details == [{
		"fact": "linux.iptables.persisted.0",
		"msg": sprintf("firewalld is enabled (firewalld.service) and applies the rules of its default zone (/usr/lib/firewalld/zones/public.xml) at boot; %s: systemctl disable firewalld", [req]),
	}]
	fw([{"file": "/etc/firewalld/firewalld.conf", "line": 6, "loaded_at_boot": true, "mechanism": "firewalld"}]).details[0].msg == sprintf("firewalld is enabled (firewalld.service) and applies the rules of its default zone (/etc/firewalld/firewalld.conf:6) at boot; %s: systemctl disable firewalld", [req])
	fw([{"file": "/etc/firewalld/zones/public.xml", "loaded_at_boot": false, "mechanism": "firewalld", "loaded_by": "firewalld.service"}]).status == "pass"
	fw([{"file": "/etc/ufw/ufw.conf", "line": 6, "loaded_at_boot": true, "mechanism": "ufw", "loaded_by": "ufw.service"}]).details == [{
		"fact": "linux.iptables.persisted.0",
		"msg": sprintf("ufw is enabled (ENABLED=yes at /etc/ufw/ufw.conf:6, ufw.service enabled) and loads its rules at boot; %s: ufw disable (ENABLED=no in /etc/ufw/ufw.conf) and systemctl disable ufw", [req]),
	}]
	fw([{"file": "/etc/ufw/ufw.conf", "loaded_at_boot": false, "mechanism": "ufw"}]).status == "pass"
}

test_pass_accept_policies_only if {
	fw([{"file": "/etc/iptables/rules.v4", "rules": 0, "non_accept_policies": 0, "loaded_at_boot": true, "mechanism": "iptables-persistent"}]).status == "pass"
}

test_fail_drop_policy_only if {
	fw([{"file": "/etc/iptables/rules.v4", "rules": 0, "non_accept_policies": 1, "loaded_at_boot": true, "mechanism": "iptables-persistent", "loaded_by": "netfilter-persistent.service"}]).details == [{
		"fact": "linux.iptables.persisted.0",
		"msg": sprintf("/etc/iptables/rules.v4 holds 1 chain(s) with a DROP/REJECT policy, loaded at boot by netfilter-persistent.service; %s: empty /etc/iptables/rules.v4 (keep only ACCEPT policies) or purge iptables-persistent", [req]),
	}]
}

test_unknown_unsupported_include if {
	f := t.finding("linux", "iptables_no_rules") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.iptables.persisted", "file": "/etc/nftables.conf", "line": 3, "text": "include \"/etc/nft.d/*.nft\"", "reason": "include of a glob the probe does not expand"}]}])
	f.status == "unknown"
}
