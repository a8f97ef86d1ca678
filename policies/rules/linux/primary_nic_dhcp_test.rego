package vmimage.tests.linux.primary_nic_dhcp

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

nic(patch) := f if {
	f := t.finding("linux", "primary_nic_dhcp") with input as json.patch(fx.good, patch)
}

ifaces(is) := nic([{"op": "replace", "path": "/linux/network/interfaces", "value": is}])

requires := "the guide requires the network device to come up at boot with DHCP (§2.7)"

test_pass if {
	f := t.finding("linux", "primary_nic_dhcp") with input as fx.good
	f == {
		"details": [{"msg": "the VM's network device comes up at boot with DHCP: ifupdown eth0 (/etc/network/interfaces:9)"}],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_pass_netplan_driver_match if {
	f := ifaces([{"mechanism": "netplan", "match": {"drivers": ["hv_netvsc"]}, "dhcp": true, "onboot": true, "file": "/etc/netplan/50-cloud-init.yaml", "line": 4}])
	f.status == "pass"
	f.details == [{"msg": "the VM's network device comes up at boot with DHCP: netplan match drivers=hv_netvsc (/etc/netplan/50-cloud-init.yaml:4)"}]
}

test_pass_networkd_wildcard_and_nm_any if {
	ifaces([{"mechanism": "networkd", "match": {"names": ["en*", "eth*"]}, "dhcp": true, "onboot": true, "file": "/etc/systemd/network/99-dhcp.network", "line": 2}]).status == "pass"
	f := ifaces([{"mechanism": "NetworkManager", "dhcp": true, "onboot": true, "file": "/etc/NetworkManager/system-connections/default.nmconnection"}])
	f.details == [{"msg": "the VM's network device comes up at boot with DHCP: NetworkManager for any device (/etc/NetworkManager/system-connections/default.nmconnection)"}]
}

test_fail_other_name_only if {
	f := ifaces([{"mechanism": "ifupdown", "name": "ens3", "dhcp": true, "onboot": true, "file": "/etc/network/interfaces", "line": 9}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.network.interfaces",
		"msg": sprintf("no network configuration applies to the device the VM will have on Azure (eth0, driver hv_netvsc, a new MAC address): found only ifupdown ens3 (/etc/network/interfaces:9); %s: configure eth0 (or a match on the hv_netvsc driver) with DHCP at boot", [requires]),
	}]
}

test_fail_mac_match_does_not_count if {
	f := ifaces([{"mechanism": "netplan", "match": {"macs": ["00:15:5d:01:02:03"]}, "dhcp": true, "onboot": true, "file": "/etc/netplan/01.yaml", "line": 5}])
	f.status == "fail"
	contains(f.details[0].msg, "found only netplan match macs=00:15:5d:01:02:03 (/etc/netplan/01.yaml:5)")
	g := ifaces([{"mechanism": "networkd", "match": {"other": ["Path=pci-0000:00:03.0"]}, "dhcp": true, "onboot": true, "file": "/etc/systemd/network/10.network", "line": 2}])
	g.status == "fail"
	h := ifaces([{"mechanism": "networkd", "match": {"drivers": ["virtio_net"]}, "dhcp": true, "onboot": true, "file": "/etc/systemd/network/10.network", "line": 2}])
	h.status == "fail"
}

test_fail_none_found if {
	f := ifaces([])
	f.status == "fail"
	contains(f.details[0].msg, "(eth0, driver hv_netvsc, a new MAC address): none found;")
}

test_fail_static_and_not_onboot if {
	f := ifaces([{"mechanism": "ifupdown", "name": "eth0", "dhcp": false, "onboot": false, "file": "/etc/network/interfaces", "line": 9}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.network.interfaces",
		"msg": sprintf("the configuration of the VM's network device is ifupdown eth0 (/etc/network/interfaces:9): no DHCP, not brought up at boot; %s: configure it with DHCP and bring it up at boot", [requires]),
	}]
}

test_pass_one_good_among_several if {
	f := ifaces([
		{"mechanism": "ifupdown", "name": "eth0", "dhcp": false, "onboot": true, "file": "/etc/network/interfaces", "line": 9},
		{"mechanism": "networkd", "name": "eth*", "dhcp": true, "onboot": true, "file": "/etc/systemd/network/eth.network", "line": 2},
	])
	f.status == "pass"
}

test_fail_persistent_net_rule if {
	f := nic([{"op": "replace", "path": "/linux/network/persistent_names", "value": [{
		"file": "/etc/udev/rules.d/70-persistent-net.rules", "line": 3, "name": "eth0", "mac": "00:15:5d:aa:bb:cc",
		"text": "SUBSYSTEM==\"net\", ATTR{address}==\"00:15:5d:aa:bb:cc\", NAME=\"eth0\"",
	}]}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.network.persistent_names.0",
		"msg": "/etc/udev/rules.d/70-persistent-net.rules:3 pins the interface name eth0 to the MAC address 00:15:5d:aa:bb:cc (SUBSYSTEM==\"net\", ATTR{address}==\"00:15:5d:aa:bb:cc\", NAME=\"eth0\"); every VM gets a new MAC, so the device would not be eth0 (§2.7): delete that rule",
	}]
	g := nic([{"op": "replace", "path": "/linux/network/persistent_names", "value": [{"file": "/etc/systemd/network/10-eth.link", "text": "MACAddress=00:15:5d:aa:bb:cc"}]}])
	contains(g.details[0].msg, "/etc/systemd/network/10-eth.link pins the interface name to the MAC address (MACAddress=")
}

test_unknown_persistent_names_not_read if {
	f := nic([{"op": "remove", "path": "/linux/network/persistent_names"}])
	f.status == "unknown"
	f.missing == ["linux.network.persistent_names"]
}

test_unknown_unsupported_network_config if {
	f := nic([{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.network.interfaces", "file": "/etc/sysconfig/network/ifcfg-eth0", "line": 1, "reason": "wicked XML configuration"}]}])
	f.status == "unknown"
	f.missing == ["linux.network.interfaces (not understood: /etc/sysconfig/network/ifcfg-eth0:1: wicked XML configuration)"]
}

old_probe := [{"op": "remove", "path": "/linux/network/interfaces"}]

test_old_probe_primary if {
	f := nic(old_probe)
	f.status == "pass"
	f.details == [{"msg": "eth0 comes up at boot with DHCP (/etc/network/interfaces:9)"}]
	g := nic(array.concat(old_probe, [{"op": "replace", "path": "/linux/network/primary", "value": {"name": "eth0", "dhcp": false, "onboot": false, "file": "/etc/network/interfaces", "line": 9}}]))
	g.status == "fail"
	g.details == [
		{"fact": "linux.network.primary", "msg": "the primary network device eth0 does not come up at boot (/etc/network/interfaces:9); the guide requires it (§2.7): add auto/allow-hotplug eth0 (or ONBOOT=yes)"},
		{"fact": "linux.network.primary", "msg": "the primary network device eth0 is not configured for DHCP (/etc/network/interfaces:9); the guide requires DHCP (§2.7): configure it with DHCP"},
	]
	h := nic(array.concat(old_probe, [{"op": "remove", "path": "/linux/network/primary"}]))
	h.status == "unknown"
	h.missing == ["linux.network.interfaces"]
}

test_not_applicable_windows if {
	f := nic([{"op": "replace", "path": "/os/type", "value": "Windows"}])
	f.status == "not_applicable"
}

test_networkd_first_matching_file_wins if {
	f := ifaces([
		{"mechanism": "networkd", "match": {"names": ["eth0"]}, "dhcp": false, "onboot": true, "file": "/etc/systemd/network/10-static.network", "line": 1},
		{"mechanism": "networkd", "match": {"names": ["eth*"]}, "dhcp": true, "onboot": true, "file": "/etc/systemd/network/99-dhcp.network", "line": 4},
	])
	f.status == "fail"
	contains(f.details[0].msg, "10-static.network")
	not contains(f.details[0].msg, "99-dhcp")
}

test_networkd_undecided_earlier_match_is_unknown if {
	f := ifaces([
		{"mechanism": "networkd", "match": {"other": ["Type=ether"]}, "dhcp": false, "onboot": true, "file": "/etc/systemd/network/10-any.network", "line": 1},
		{"mechanism": "networkd", "match": {"names": ["eth0"]}, "dhcp": true, "onboot": true, "file": "/etc/systemd/network/20-eth0.network", "line": 4},
	])
	f.status == "unknown"
	f.missing == ["linux.network.interfaces"]
}

test_networkd_later_file_after_other_mechanism_good_passes if {
	f := ifaces([
		{"mechanism": "networkd", "match": {"other": ["Type=ether"]}, "dhcp": false, "onboot": true, "file": "/etc/systemd/network/10-any.network", "line": 1},
		{"mechanism": "cloud-init", "match": {"drivers": ["hv_netvsc"]}, "dhcp": true, "onboot": true, "file": "/usr/bin/cloud-init"},
	])
	f.status == "pass"
}

test_unread_netplan_is_unknown_not_fail if {
	f := nic([
		{"op": "replace", "path": "/linux/network/interfaces", "value": []},
		{"op": "add", "path": "/linux/unsupported", "value": [{"fact": "linux.network.interfaces", "file": "/etc/netplan/50-cloud-init.yaml", "line": 4, "reason": "flow style"}]},
	])
	f.status == "unknown"
}
