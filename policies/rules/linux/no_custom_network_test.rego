package vmimage.tests.linux.no_custom_network

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "no_custom_network") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no static addresses, fixed DNS servers or custom routes",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail if {
	f := t.finding("linux", "no_custom_network") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/network/custom",
			"value": [
				{
					"kind": "address",
					"text": "address 10.0.0.5/24",
					"file": "/etc/network/interfaces",
					"line": 12,
				},
				{
					"kind": "dns",
					"text": "DNS1=8.8.8.8",
					"file": "/etc/sysconfig/network-scripts/ifcfg-eth0",
					"line": 5,
				},
			],
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.network.custom.0",
				"msg": "static address in /etc/network/interfaces:12: address 10.0.0.5/24; the guide requires no custom network configuration (§2.7): remove it from /etc/network/interfaces and use DHCP",
			},
			{
				"fact": "linux.network.custom.1",
				"msg": "fixed DNS server in /etc/sysconfig/network-scripts/ifcfg-eth0:5: DNS1=8.8.8.8; the guide requires no custom network configuration (§2.7): remove it from /etc/sysconfig/network-scripts/ifcfg-eth0 and use DHCP",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "no_custom_network") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/network/custom",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.network.custom",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "no_custom_network") with input as json.patch(fx.good, [
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

custom(c) := f if {
	f := t.finding("linux", "no_custom_network") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/network/custom", "value": [c]}])
}

test_fail_by_mechanism if {
	custom({"kind": "route", "text": "up ip route add 10.1.0.0/16 via 10.0.0.1", "file": "/etc/network/interfaces.d/eth0", "line": 4, "mechanism": "ifupdown"}).details == [{
		"fact": "linux.network.custom.0",
		"msg": "custom route in /etc/network/interfaces.d/eth0:4 (ifupdown): up ip route add 10.1.0.0/16 via 10.0.0.1; the guide requires no custom network configuration (§2.7): delete the line from /etc/network/interfaces.d/eth0 and keep the interface on \"inet dhcp\"",
	}]
	custom({"kind": "route", "text": "ip route add 10.2.0.0/16 dev eth0", "file": "/etc/network/if-up.d/routes", "line": 3, "mechanism": "ifupdown-hook"}).details == [{
		"fact": "linux.network.custom.0",
		"msg": "custom route in /etc/network/if-up.d/routes:3 (ifupdown-hook): ip route add 10.2.0.0/16 dev eth0; the guide requires no custom network configuration (§2.7): delete the hook script /etc/network/if-up.d/routes (or the line in it)",
	}]
	custom({"kind": "dns", "text": "supersede domain-name-servers 1.1.1.1", "file": "/etc/dhcp/dhclient.conf", "line": 20, "mechanism": "dhclient"}).status == "fail"
	custom({"kind": "dns", "text": "nameservers: addresses: [8.8.8.8]", "file": "/etc/netplan/50-cloud-init.yaml", "line": 9, "mechanism": "netplan"}).status == "fail"
	custom({"kind": "address", "text": "Address=10.0.0.4/24", "file": "/etc/systemd/network/10-eth0.network.d/static.conf", "line": 2, "mechanism": "networkd"}).status == "fail"
	custom({"kind": "address", "text": "address1=10.0.0.4/24", "file": "/etc/NetworkManager/system-connections/eth0.nmconnection", "line": 7, "mechanism": "NetworkManager"}).status == "fail"
	custom({"kind": "dns", "text": "DNS=9.9.9.9", "file": "/etc/systemd/resolved.conf.d/dns.conf", "line": 2, "mechanism": "resolved"}).status == "fail"
	custom({"kind": "dns", "text": "nameserver 9.9.9.9", "file": "/etc/resolvconf/resolv.conf.d/head", "line": 1, "mechanism": "resolvconf"}).status == "fail"
	custom({"kind": "address", "text": "IPADDR=10.0.0.4", "file": "/etc/sysconfig/network/ifcfg-eth0", "line": 3, "mechanism": "wicked"}).status == "fail"
	custom({"kind": "route", "text": "route", "file": "/etc/x", "line": 1, "mechanism": "other"}).status == "fail"
}

test_unknown_unsupported_hook if {
	f := t.finding("linux", "no_custom_network") with input as json.patch(fx.good, [{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.network.custom", "file": "/etc/network/if-up.d/setup", "reason": "a binary hook the probe cannot read"}]}])
	f.status == "unknown"
	f.missing == ["linux.network.custom (not understood: /etc/network/if-up.d/setup: a binary hook the probe cannot read)"]
}
