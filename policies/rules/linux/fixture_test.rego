package vmimage.tests.linux.fixture

# A compliant build-stage Linux facts document; each test patches what it breaks.
good := {
	"schema_version": 1,
	"stage": "build",
	"os": {"type": "Linux", "id": "debian", "version_id": "12", "architecture": "x86_64"},
	"linux": {
		"kernel": {
			"release": "6.1.0-56-cloud-amd64", "source": "modules",
			"hyperv": {"hv_vmbus": "module", "hv_storvsc": "module", "hv_netvsc": "module", "hv_utils": "builtin"},
			"hyperv_disabled": [],
		},
		"boot": {
			"grub_default": {"value": "console=tty0 console=ttyS0,115200n8 earlyprintk=ttyS0 rootdelay=300", "file": "/etc/default/grub", "line": 6},
			"grub_cfg": {"value": "root=UUID=x ro console=ttyS0 earlyprintk=ttyS0 rootdelay=300", "file": "/boot/grub/grub.cfg", "line": 17},
		},
		"waagent": {
			"installed": true, "path": "/usr/sbin/waagent", "executable": true, "version": "2.7.3.0",
			"service": {"unit": "walinuxagent.service", "enabled": true, "file": "/lib/systemd/system/walinuxagent.service"},
			"packaged": true, "package": {"name": "waagent", "version": "2.7.3.0-4.1", "manager": "dpkg"},
			"conf": {"present": true, "file": "/etc/waagent.conf", "settings": [
				{"key": "Provisioning.DeleteRootPassword", "value": "y", "line": 14},
				{"key": "Provisioning.RegenerateSshHostKeyPair", "value": "y", "line": 17},
				{"key": "ResourceDisk.EnableSwap", "value": "n", "line": 52},
				{"key": "ResourceDisk.SwapSizeMB", "value": "0", "line": 55},
				{"key": "AutoUpdate.Enabled", "value": "y", "line": 113},
			]},
		},
		"python": {
			"present": true, "path": "/usr/bin/python3.11", "version": "3.11.2",
			"pyasn1": {"present": true, "path": "/usr/lib/python3/dist-packages/pyasn1", "version": "0.4.8"},
		},
		"openssl": {"present": true, "binary": "/usr/bin/openssl", "version": "3.0.16", "version_source": "dpkg openssl"},
		"storage": {
			"mounts": [{"spec": "UUID=x", "mountpoint": "/", "fstype": "ext4", "file": "/etc/fstab", "line": 2}],
			"lvm": {"root_on_lvm": false, "volume_groups": []},
			"swap": {"fstab": [], "files": [], "units": [], "services": []},
		},
		"ssh": {
			"installed": true, "server": "/usr/sbin/sshd", "enabled": true, "blocked": false,
			"client_alive_interval": {"raw": "180", "value": 180, "file": "/etc/ssh/sshd_config", "line": 41, "source": "config"},
		},
		"network": {
			"network_manager": {"installed": false, "enabled": false},
			"ifupdown": {"installed": true, "ifup": "/sbin/ifup", "ifdown": "/sbin/ifdown"},
			"primary": {"name": "eth0", "dhcp": true, "onboot": true, "file": "/etc/network/interfaces", "line": 9},
			"stack": ["ifupdown"],
			"interfaces": [{"mechanism": "ifupdown", "name": "eth0", "dhcp": true, "onboot": true, "file": "/etc/network/interfaces", "line": 9}],
			"persistent_names": [],
			"custom": [],
			"ipv6": {"configured": false, "entries": []},
		},
		"updates": {"method": "apt lists + dpkg status", "security_sources": true, "pending_security": []},
		"accounts": {
			"password_hashes": [], "authorized_keys": [],
			"passwords": [{"user": "root", "uid": 0, "state": "locked", "file": "/etc/shadow", "line": 1}],
		},
		"cloud_init": {"installed": false, "services": [], "disabled_by": []},
		"unsupported": [],
		"history": {"files": []},
		"iptables": {"installed": true, "path": "/usr/sbin/iptables", "persisted": []},
		"generalization": {
			"resolv_conf": {"present": false, "kind": "absent"}, "dhcp_leases": [], "provisioning_state": [],
			"hostname": {"value": "localhost.localdomain", "file": "/etc/hostname"}, "ssh_host_keys": [],
		},
		"root_password": {"state": "locked", "file": "/etc/shadow", "line": 1},
		"sudoers": {"targetpw": []},
	},
}

# The same image provisioned by cloud-init (Provisioning.Agent=cloud-init, cloud-init enabled, Azure allowed).
ci_good := json.patch(good, [
	{"op": "add", "path": "/linux/waagent/conf/settings/-", "value": {"key": "Provisioning.Agent", "value": "cloud-init", "line": 11}},
	{"op": "replace", "path": "/linux/cloud_init", "value": {
		"installed": true, "path": "/usr/bin/cloud-init", "version": "22.4.2",
		"services": [
			{"unit": "cloud-init-local.service", "enabled": true, "file": "/lib/systemd/system/cloud-init-local.service"},
			{"unit": "cloud-init.service", "enabled": true, "file": "/lib/systemd/system/cloud-init.service"},
			{"unit": "cloud-config.service", "enabled": true, "file": "/lib/systemd/system/cloud-config.service"},
			{"unit": "cloud-final.service", "enabled": true, "file": "/lib/systemd/system/cloud-final.service"},
		],
		"disabled_by": [],
		"files": ["/etc/cloud/cloud.cfg", "/etc/cloud/cloud.cfg.d/90_dpkg.cfg"],
		"settings": {"datasource_list": {"value": ["Azure"], "file": "/etc/cloud/cloud.cfg.d/90_dpkg.cfg", "line": 3}},
		"root_password_entries": [],
	}},
])
