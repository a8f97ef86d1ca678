package vmimage.tests.linux.no_swap

import data.vmimage.test as t
import data.vmimage.tests.linux.fixture as fx

forbids := "the guide forbids swap on the OS and data disks, mounted or not (§2.4)"

swap(patch) := f if {
	f := t.finding("linux", "no_swap") with input as json.patch(fx.good, patch)
}

test_pass if {
	f := t.finding("linux", "no_swap") with input as fx.good
	f == {
		"details": [{"msg": "no swap: none in /etc/fstab, no enabled .swap units or swap services, no swap files"}],
		"missing": [],
		"skip": [],
		"status": "pass",
	}
}

test_fail_fstab if {
	f := swap([{"op": "replace", "path": "/linux/storage/swap/fstab", "value": [{"spec": "/dev/sda3", "file": "/etc/fstab", "line": 4}]}])
	f == {
		"details": [{
			"fact": "linux.storage.swap.fstab.0",
			"msg": sprintf("swap /dev/sda3 in /etc/fstab:4; %s: delete that line (and the swap area it names) and use ResourceDisk.EnableSwap", [forbids]),
		}],
		"missing": [],
		"skip": [],
		"status": "fail",
	}
}

test_fail_swap_unit if {
	f := swap([{"op": "replace", "path": "/linux/storage/swap/units", "value": [{"unit": "swapfile.swap", "what": "/swapfile", "file": "/etc/systemd/system/swapfile.swap"}]}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.storage.swap.units.0",
		"msg": sprintf("the systemd swap unit swapfile.swap (/etc/systemd/system/swapfile.swap) activates /swapfile is enabled; %s: systemctl disable swapfile.swap, delete its unit file and use ResourceDisk.EnableSwap", [forbids]),
	}]
}

test_fail_swap_unit_without_what if {
	f := swap([{"op": "replace", "path": "/linux/storage/swap/units", "value": [{"unit": "dev-sdb2.swap"}]}])
	f.status == "fail"
	contains(f.details[0].msg, "dev-sdb2.swap (unit file not named) is enabled")
}

test_fail_swap_service if {
	f := swap([{"op": "replace", "path": "/linux/storage/swap/services", "value": [
		{"unit": "dphys-swapfile.service", "file": "/lib/systemd/system/dphys-swapfile.service"},
		{"unit": "zramswap.service", "kind": "zram"},
	]}])
	f.status == "fail"
	f.details == [
		{
			"fact": "linux.storage.swap.services.0",
			"msg": sprintf("the swap-setup service dphys-swapfile.service (/lib/systemd/system/dphys-swapfile.service) is enabled; %s: systemctl disable dphys-swapfile.service (or remove its package) and use ResourceDisk.EnableSwap", [forbids]),
		},
		{
			"fact": "linux.storage.swap.services.1",
			"msg": sprintf("the swap-setup service zramswap.service (zram) is enabled; %s: systemctl disable zramswap.service (or remove its package) and use ResourceDisk.EnableSwap", [forbids]),
		},
	]
}

test_fail_file if {
	f := swap([{"op": "replace", "path": "/linux/storage/swap/files", "value": [{"path": "/var/cache/swap/swapfile", "size": 1048576}]}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.storage.swap.files.0",
		"msg": sprintf("swap file /var/cache/swap/swapfile (1048576 bytes) carries a swap signature; %s: delete it (swapoff first if it is in use) and use ResourceDisk.EnableSwap", [forbids]),
	}]
}

test_fail_active if {
	f := swap([{"op": "add", "path": "/linux/storage/swap/active", "value": ["/dev/sda3"]}])
	f.status == "fail"
	f.details == [{"fact": "linux.storage.swap.active", "msg": sprintf("swap /dev/sda3 is active; %s: swapoff it and remove what sets it up", [forbids])}]
}

agent_swap_on := [
	{"op": "replace", "path": "/stage", "value": "deployed"},
	{"op": "replace", "path": "/linux/waagent/conf/settings/2/value", "value": "y"},
	{"op": "add", "path": "/linux/waagent/conf/settings/-", "value": {"key": "ResourceDisk.MountPoint", "value": "/mnt/resource/", "line": 49}},
	{"op": "add", "path": "/linux/storage/swap/active", "value": ["/mnt/resource/swapfile"]},
	{"op": "replace", "path": "/linux/storage/swap/files", "value": [{"path": "/mnt/resource/swapfile", "size": 2147483648}]},
]

test_pass_deployed_agent_swap_on_resource_disk if {
	f := swap(agent_swap_on)
	f.status == "pass"
	f.details == [{"msg": "the only swap is the agent's swap file on the resource disk (ResourceDisk.EnableSwap)"}]
}

test_fail_build_stage_swapfile_at_agent_path if {
	f := swap(array.concat(agent_swap_on, [{"op": "replace", "path": "/stage", "value": "build"}]))
	f.status == "fail"
	count(f.details) == 2
}

test_fail_deployed_swap_elsewhere if {
	f := swap(array.concat(agent_swap_on, [{"op": "replace", "path": "/linux/storage/swap/active", "value": ["/mnt/resource/swapfile", "/swap.img"]}]))
	f.status == "fail"
	f.details == [{"fact": "linux.storage.swap.active", "msg": sprintf("swap /swap.img is active; %s: swapoff it and remove what sets it up", [forbids])}]
}

test_unknown_fstab_unreadable if {
	f := swap([{"op": "remove", "path": "/linux/storage/swap/fstab"}])
	f.status == "unknown"
	f.missing == ["linux.storage.swap.fstab"]
}

test_unknown_old_probe_without_units if {
	f := swap([{"op": "remove", "path": "/linux/storage/swap/units"}, {"op": "remove", "path": "/linux/storage/swap/services"}])
	f.status == "unknown"
	f.missing == ["linux.storage.swap.services", "linux.storage.swap.units"]
}

test_unknown_unsupported_swap_mechanism if {
	f := swap([{"op": "replace", "path": "/linux/unsupported", "value": [{"fact": "linux.storage.swap", "file": "/etc/rc.local", "line": 5, "reason": "swapon from a script"}]}])
	f.status == "unknown"
	f.missing == ["linux.storage.swap (not understood: /etc/rc.local:5: swapon from a script)"]
}

test_not_applicable_windows if {
	f := swap([{"op": "replace", "path": "/os/type", "value": "Windows"}])
	f.status == "not_applicable"
	f.skip == ["not a Linux image (the OS is Windows)"]
}

test_fail_swapon_at_boot if {
	f := swap([{"op": "replace", "path": "/linux/storage/swap/services", "value": [{"unit": "rc-local.service", "kind": "swapon", "file": "/etc/rc.local"}]}])
	f.status == "fail"
	f.details == [{
		"fact": "linux.storage.swap.services.0",
		"msg": sprintf("rc-local.service runs swapon at boot (/etc/rc.local); %s: remove that swapon command and use ResourceDisk.EnableSwap", [forbids]),
	}]
}

# The OS disk's partition table (read from the disk itself).
os_root := {"number": 3, "kind": "linux", "type": "0fc63daf-8483-4772-8e79-3d69d8477de4", "fs": "ext", "size_bytes": 314572800, "holds_root": true, "root": true}

with_parts(doc, parts) := object.union(doc, {"disks": {"os": {"partition_table": {"scheme": "gpt", "gpt_backup_used": false, "partitions": parts}}}})

test_partition_table_without_swap_passes if {
	f := t.finding("linux", "no_swap") with input as with_parts(fx.good, [os_root])
	f.status == "pass"
}

test_swap_partition_fails if {
	p := {"number": 4, "kind": "swap", "type": "0657fd6d-a4ab-43c4-84e5-0933c84b4f4f", "fs": "swap", "size_bytes": 1048576, "root": false}
	f := t.finding("linux", "no_swap") with input as with_parts(fx.good, [os_root, p])
	f.status == "fail"
	f.details == [{
		"fact": "disks.os.partition_table.partitions.1",
		"msg": "swap partition 4 on the OS disk (partition type 0657fd6d-a4ab-43c4-84e5-0933c84b4f4f and a swap signature); the guide forbids swap on the OS and data disks, mounted or not (§2.4): delete it (and its /etc/fstab line) and use ResourceDisk.EnableSwap",
	}]
}

test_swap_signature_on_a_linux_partition_fails_without_linux_facts if {
	p := {"number": 2, "kind": "linux", "type": "83", "fs": "swap", "size_bytes": 1048576, "root": false}
	f := t.finding("linux", "no_swap") with input as with_parts({}, [p])
	f.status == "fail"
	f.details[0].msg == "swap partition 2 on the OS disk (a swap signature); the guide forbids swap on the OS and data disks, mounted or not (§2.4): delete it (and its /etc/fstab line) and use ResourceDisk.EnableSwap"
}
