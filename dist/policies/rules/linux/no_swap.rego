# METADATA
# title: No swap partition or swap file on the OS or data disks
# description: |
#   No swap on the image's disks, mounted or not, by any of the ways the OS sets it up: no swap entry in
#   /etc/fstab, no enabled systemd .swap unit, no enabled swap-setup service (zram, dphys-swapfile), no file
#   with a swap signature anywhere on the root file system, no swap partition on the OS disk (read from the
#   disk itself: a swap partition type or a swap signature), and on a live system no active swap. On a
#   deployed VM, the swap file the agent makes on the resource disk (ResourceDisk.EnableSwap) is the
#   allowed way (AZMP-LNX-011), not a defect.
# scope: package
# custom:
#   id: AZMP-LNX-010
#   severity: error
#   guide: "§2.4"
#   stage: any
#   facts: [linux.storage.swap.fstab, linux.storage.swap.files, linux.storage.swap.units, linux.storage.swap.services, linux.storage.swap.active, linux.waagent.conf.settings, linux.unsupported, disks.os.partition_table.partitions]
#   remediation: |
#     Remove what sets swap up, in the way it is set up: the swap line in /etc/fstab, the .swap unit
#     (systemctl disable it and delete the unit file), the swap service (systemctl disable it, or purge
#     zram-tools / systemd-zram-generator / dphys-swapfile), the swap file itself (rm it), a swap partition
#     (delete it). If swap is needed, let the agent create it on the resource disk
#     (ResourceDisk.EnableSwap=y and ResourceDisk.SwapSizeMB in /etc/waagent.conf).
package vmimage.rules.linux.no_swap

import data.vmimage.lib.linux

swap := input.linux.storage.swap

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if some p in linux.absent(["linux.storage.swap.fstab", "linux.storage.swap.files", "linux.storage.swap.units", "linux.storage.swap.services"])

missing contains m if some m in linux.unsupported(["linux.storage.swap"])

forbids := "the guide forbids swap on the OS and data disks, mounted or not (§2.4)"

# The agent's own swap file on the resource disk of a deployed VM (ResourceDisk.EnableSwap=y).
agent_swap(path) if {
	input.stage == "deployed"
	linux.on(linux.setting("ResourceDisk.EnableSwap"))
	path == sprintf("%s/swapfile", [trim_suffix(linux.setting("ResourceDisk.MountPoint").value, "/")])
}

deny contains {"msg": msg, "fact": sprintf("linux.storage.swap.fstab.%d", [i])} if {
	some i, e in swap.fstab
	msg := sprintf("swap %s in %s; %s: delete that line (and the swap area it names) and use ResourceDisk.EnableSwap", [e.spec, linux.where(object.union({"file": "/etc/fstab"}, e)), forbids])
}

deny contains {"msg": msg, "fact": sprintf("linux.storage.swap.units.%d", [i])} if {
	some i, u in swap.units
	msg := sprintf("the systemd swap unit %s (%s)%s is enabled; %s: systemctl disable %s, delete its unit file and use ResourceDisk.EnableSwap", [u.unit, object.get(u, "file", "unit file not named"), what(u), forbids, u.unit])
}

what(u) := sprintf(" activates %s", [u.what]) if u.what

what(u) := "" if not u.what

deny contains {"msg": msg, "fact": sprintf("linux.storage.swap.services.%d", [i])} if {
	some i, s in swap.services
	s.kind == "swapon"
	msg := sprintf("%s runs swapon at boot (%s); %s: remove that swapon command and use ResourceDisk.EnableSwap", [s.unit, object.get(s, "file", s.unit), forbids])
}

deny contains {"msg": msg, "fact": sprintf("linux.storage.swap.services.%d", [i])} if {
	some i, s in swap.services
	object.get(s, "kind", "") != "swapon"
	msg := sprintf("the swap-setup service %s (%s) is enabled; %s: systemctl disable %s (or remove its package) and use ResourceDisk.EnableSwap", [s.unit, object.get(s, "file", object.get(s, "kind", "service")), forbids, s.unit])
}

deny contains {"msg": msg, "fact": sprintf("linux.storage.swap.files.%d", [i])} if {
	some i, f in swap.files
	not agent_swap(f.path)
	msg := sprintf("swap file %s (%d bytes) carries a swap signature; %s: delete it (swapoff first if it is in use) and use ResourceDisk.EnableSwap", [f.path, f.size, forbids])
}

deny contains {"msg": msg, "fact": "linux.storage.swap.active"} if {
	some s in object.get(swap, "active", [])
	not agent_swap(s)
	msg := sprintf("swap %s is active; %s: swapoff it and remove what sets it up", [s, forbids])
}

# The OS disk's own partitions (src/facts/disk/linux.ts), when its partition table was read.
parts := object.get(input, ["disks", "os", "partition_table", "partitions"], [])

swap_marks(p) := [m |
	some m in [
		{"on": p.kind == "swap", "what": sprintf("partition type %s", [p.type])},
		{"on": p.fs == "swap", "what": "a swap signature"},
	]
	m.on
]

deny contains {"msg": msg, "fact": sprintf("disks.os.partition_table.partitions.%d", [i])} if {
	some i, p in parts
	count(swap_marks(p)) > 0
	msg := sprintf("swap partition %d on the OS disk (%s); %s: delete it (and its /etc/fstab line) and use ResourceDisk.EnableSwap", [p.number, concat(" and ", [m.what | some m in swap_marks(p)]), forbids])
}

found := [x | some k in ["fstab", "files", "units", "services"]; some x in object.get(swap, k, [])]

ok contains "no swap: none in /etc/fstab, no enabled .swap units or swap services, no swap files" if {
	count(found) == 0
	count([s | some s in object.get(swap, "active", []); not agent_swap(s)]) == 0
}

ok contains "the only swap is the agent's swap file on the resource disk (ResourceDisk.EnableSwap)" if {
	count(found) + count(object.get(swap, "active", [])) > 0
	count(deny) == 0
}
