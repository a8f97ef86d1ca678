package vmimage.tests.linux.generalized

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

test_pass if {
	f := t.finding("linux", "generalized") with input as fx.good
	f == {
		"details": [
			{
				"msg": "no DHCP leases, hostname \"localhost.localdomain\", no nameservers, no provisioning state",
			},
		],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_leases_hostname if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/generalization/dhcp_leases",
			"value": [
				"/var/lib/dhcp/dhclient.eth0.leases",
			],
		},
		{
			"op": "replace",
			"path": "/linux/generalization/hostname",
			"value": {
				"value": "build-vm-42",
				"file": "/etc/hostname",
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.generalization.dhcp_leases",
				"msg": "cached DHCP lease(s) /var/lib/dhcp/dhclient.eth0.leases; the guide requires them removed (§2.9): delete them (waagent -deprovision removes dhclient's)",
			},
			{
				"fact": "linux.generalization.hostname",
				"msg": "the hostname is \"build-vm-42\" (/etc/hostname); the guide requires it reset to localhost.localdomain (§2.9): run waagent -deprovision, or write localhost.localdomain to /etc/hostname",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_nameservers if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/linux/generalization/resolv_conf",
			"value": {
				"present": true,
				"file": "/etc/resolv.conf",
				"nameservers": 1,
			},
		},
	])
	f == {
		"details": [
			{
				"fact": "linux.generalization.resolv_conf",
				"msg": "/etc/resolv.conf still has 1 nameserver line(s); the guide requires the nameserver configuration removed (§2.9): run waagent -deprovision, or rm /etc/resolv.conf",
			},
		],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_unknown if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "remove",
			"path": "/linux/generalization/hostname",
		},
	])
	f == {
		"details": [],
		"missing": [
			"linux.generalization.hostname",
		],
		"skip": [],
		"status": "unknown",
	}
}

test_not_applicable_deployed if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
		{
			"op": "replace",
			"path": "/stage",
			"value": "deployed",
		},
	])
	f == {
		"details": [],
		"missing": [],
		"skip": [
			"judged at the build stage; these facts are from the deployed stage",
		],
		"status": "not_applicable",
	}
}

test_not_applicable_windows if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, [
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

gen(patch) := f if {
	f := t.finding("linux", "generalized") with input as json.patch(fx.good, patch)
}

test_fail_provisioning_state if {
	f := gen([{"op": "replace", "path": "/linux/generalization/provisioning_state", "value": [
		{"path": "/var/lib/waagent/provisioned", "owner": "waagent"},
		{"path": "/var/lib/waagent/ovf-env.xml", "owner": "waagent"},
		{"path": "/var/lib/cloud/instance", "owner": "cloud-init"},
	]}])
	f.status == "fail"
	f.details == [
		{
			"fact": "linux.generalization.provisioning_state",
			"msg": "cloud-init's per-instance state is left in the image (/var/lib/cloud/instance), so a VM made from it would run as an already provisioned instance; the guide requires the image generalized (§2.9): run cloud-init clean as the last step (it removes them)",
		},
		{
			"fact": "linux.generalization.provisioning_state",
			"msg": "the agent's provisioning state is left in the image (/var/lib/waagent/provisioned, /var/lib/waagent/ovf-env.xml), so a VM made from it would skip or misread its own provisioning; the guide requires the image generalized (§2.9): run waagent -force -deprovision as the last step (it removes them)",
		},
	]
}

test_unknown_provisioning_state_not_read if {
	f := gen([{"op": "remove", "path": "/linux/generalization/provisioning_state"}])
	f.status == "unknown"
	f.missing == ["linux.generalization.provisioning_state"]
}

test_pass_stub_link_nameservers_not_counted if {
	f := gen([{"op": "replace", "path": "/linux/generalization/resolv_conf", "value": {"present": true, "kind": "symlink", "file": "/etc/resolv.conf", "resolves_to": "/run/systemd/resolve/stub-resolv.conf", "nameservers": 1}}])
	f.status == "pass"
}

test_pass_empty_and_localhost_hostnames if {
	gen([{"op": "replace", "path": "/linux/generalization/hostname/value", "value": ""}]).status == "pass"
	gen([{"op": "replace", "path": "/linux/generalization/hostname/value", "value": "localhost"}]).status == "pass"
	gen([{"op": "replace", "path": "/linux/generalization/hostname/value", "value": "localhost.localdomain2"}]).status == "fail"
}

test_fail_networkd_and_nm_leases if {
	f := gen([{"op": "replace", "path": "/linux/generalization/dhcp_leases", "value": ["/var/lib/systemd/netif/leases/2", "/var/lib/NetworkManager/internal-x-eth0.lease"]}])
	f.status == "fail"
	f.details[0].msg == "cached DHCP lease(s) /var/lib/systemd/netif/leases/2, /var/lib/NetworkManager/internal-x-eth0.lease; the guide requires them removed (§2.9): delete them (waagent -deprovision removes dhclient's)"
}
