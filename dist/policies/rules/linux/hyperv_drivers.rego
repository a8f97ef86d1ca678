# METADATA
# title: Hyper-V drivers (LIS) in the kernel
# description: |
#   The kernel must carry the Linux Integration Services drivers (LIS 3.0 or later): hv_vmbus,
#   hv_storvsc, hv_netvsc and hv_utils, built in or as modules, and none of the modules disabled by
#   modprobe.d (a "blacklist" line, or "install <module> /bin/false" or "/bin/true", which modprobe runs
#   instead of loading it). Judged from the kernel's modules directory (modules.builtin and module files)
#   or its config, and every modprobe.d directory modprobe reads.
# scope: package
# custom:
#   id: AZMP-LNX-004
#   severity: error
#   guide: "§2.3.1"
#   stage: any
#   facts: [linux.kernel.release, linux.kernel.hyperv, linux.kernel.hyperv_disabled, linux.unsupported]
#   remediation: |
#     Use a kernel with the Hyper-V drivers (CONFIG_HYPERV, CONFIG_HYPERV_STORAGE, CONFIG_HYPERV_NET,
#     CONFIG_HYPERV_UTILS as y or m), e.g. the distribution's cloud/Azure kernel, and keep their modules;
#     delete the modprobe.d lines that blacklist them or replace their install command.
package vmimage.rules.linux.hyperv_drivers

import data.vmimage.lib
import data.vmimage.lib.linux

drivers := ["hv_vmbus", "hv_storvsc", "hv_netvsc", "hv_utils"]

k := input.linux.kernel

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.kernel.hyperv" if not lib.has("linux.kernel.hyperv")

missing contains "linux.kernel.hyperv_disabled" if not lib.has("linux.kernel.hyperv_disabled")

missing contains m if some m in linux.unsupported(["linux.kernel.hyperv", "linux.kernel.hyperv_disabled"])

absent_drivers := [d | some d in drivers; object.get(k.hyperv, d, "absent") == "absent"]

# modprobe.d lines that stop a driver the kernel has as a module from loading (a built-in one cannot be).
disabling(d) := [e | some e in object.get(k, "hyperv_disabled", []); e.module == d]

disabled_drivers := [d |
	some d in drivers
	object.get(k.hyperv, d, "absent") in {"module", "disabled"}
	count(disabling(d)) > 0
]

# A driver the probe reports disabled without naming the line.
disabled_unexplained := [d |
	some d in drivers
	k.hyperv[d] == "disabled"
	count(disabling(d)) == 0
]

line_text(e) := sprintf("%s (%s)", [linux.where(e), e.text]) if e.text

line_text(e) := linux.where(e) if not e.text

deny contains {"msg": msg, "fact": "linux.kernel.hyperv"} if {
	count(absent_drivers) > 0
	msg := sprintf(
		"kernel %s lacks the Hyper-V driver(s) %s (judged from its %s); the guide requires LIS 3.0 or later in the kernel (§2.3.1): use a kernel with hv_vmbus, hv_storvsc, hv_netvsc and hv_utils",
		[k.release, lib.join(absent_drivers), object.get(k, "source", "files")],
	)
}

deny contains {"msg": msg, "fact": sprintf("linux.kernel.hyperv_disabled.%d", [i])} if {
	some i, e in k.hyperv_disabled
	e.module in disabled_drivers
	e.kind == "cmdline"
	msg := sprintf(
		"the Hyper-V driver %s is blacklisted on the kernel command line by %s, so it is never loaded; the guide requires the LIS drivers enabled in the kernel (§2.3.1): remove that parameter from GRUB_CMDLINE_LINUX (/etc/default/grub and grub.d) and regenerate grub.cfg",
		[e.module, line_text(e)],
	)
}

deny contains {"msg": msg, "fact": sprintf("linux.kernel.hyperv_disabled.%d", [i])} if {
	some i, e in k.hyperv_disabled
	e.module in disabled_drivers
	object.get(e, "kind", "") != "cmdline"
	msg := sprintf(
		"the Hyper-V driver %s is disabled by %s, so modprobe never loads it; the guide requires the LIS drivers enabled in the kernel (§2.3.1): delete that line",
		[e.module, line_text(e)],
	)
}

deny contains {"msg": msg, "fact": "linux.kernel.hyperv"} if {
	count(disabled_unexplained) > 0
	msg := sprintf(
		"the Hyper-V driver(s) %s of kernel %s are disabled in modprobe.d; the guide requires the LIS drivers enabled in the kernel (§2.3.1): remove the blacklist or install lines for them from /etc/modprobe.d",
		[lib.join(disabled_unexplained), k.release],
	)
}

ok contains msg if {
	count(absent_drivers) == 0
	count(disabled_drivers) == 0
	count(disabled_unexplained) == 0
	msg := sprintf("kernel %s: %s; none disabled in modprobe.d", [k.release, lib.join([sprintf("%s %s", [d, k.hyperv[d]]) | some d in drivers])])
}
