# METADATA
# title: Hyper-V drivers (LIS) in the kernel
# description: |
#   The kernel must carry the Linux Integration Services drivers (LIS 3.0 or later): hv_vmbus,
#   hv_storvsc, hv_netvsc and hv_utils, built in or as modules. Judged from the kernel's modules
#   directory (modules.builtin and module files) or its config.
# scope: package
# custom:
#   id: AZMP-LNX-004
#   severity: error
#   guide: "§2.3.1"
#   stage: any
#   facts: [linux.kernel.release, linux.kernel.hyperv]
#   remediation: |
#     Use a kernel with the Hyper-V drivers (CONFIG_HYPERV, CONFIG_HYPERV_STORAGE, CONFIG_HYPERV_NET,
#     CONFIG_HYPERV_UTILS as y or m), e.g. the distribution's cloud/Azure kernel, and keep their modules.
package vmimage.rules.linux.hyperv_drivers

import data.vmimage.lib
import data.vmimage.lib.linux

drivers := ["hv_vmbus", "hv_storvsc", "hv_netvsc", "hv_utils"]

k := input.linux.kernel

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.kernel.hyperv" if not lib.has("linux.kernel.hyperv")

absent_drivers := [d | some d in drivers; object.get(k.hyperv, d, "absent") == "absent"]

deny contains {"msg": msg, "fact": "linux.kernel.hyperv"} if {
	count(absent_drivers) > 0
	msg := sprintf(
		"kernel %s lacks the Hyper-V driver(s) %s (judged from its %s); the guide requires LIS 3.0 or later in the kernel (§2.3.1): use a kernel with hv_vmbus, hv_storvsc, hv_netvsc and hv_utils",
		[k.release, lib.join(absent_drivers), object.get(k, "source", "files")],
	)
}

ok contains msg if {
	count(absent_drivers) == 0
	msg := sprintf("kernel %s: %s", [k.release, lib.join([sprintf("%s %s", [d, k.hyperv[d]]) | some d in drivers])])
}
