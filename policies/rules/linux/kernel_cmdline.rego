# METADATA
# title: Kernel boot line has console=ttyS0 earlyprintk=ttyS0 rootdelay=300
# description: |
#   The kernel command line must send the console to the serial port and wait for the OS disk:
#   console=ttyS0 earlyprintk=ttyS0 rootdelay=300. At the build stage both the boot loader defaults
#   (/etc/default/grub) and the generated configuration (grub.cfg or the first BLS entry) are judged;
#   deployed, /proc/cmdline. Current certification reports a missing rootdelay as a warning only.
# scope: package
# custom:
#   id: AZMP-LNX-012
#   severity: error
#   guide: "§2.5"
#   stage: any
#   facts: [linux.boot.grub_default, linux.boot.grub_cfg, linux.boot.proc_cmdline]
#   remediation: |
#     Add "console=ttyS0 earlyprintk=ttyS0 rootdelay=300" to GRUB_CMDLINE_LINUX in /etc/default/grub and
#     regenerate the boot configuration (update-grub / grub2-mkconfig -o /boot/grub2/grub.cfg).
package vmimage.rules.linux.kernel_cmdline

import data.vmimage.lib.linux

th := linux.th

boot := object.get(input, ["linux", "boot"], {})

deployed_sources := ["proc_cmdline"] if {
	input.stage == "deployed"
	boot.proc_cmdline
}

sources := deployed_sources if deployed_sources

sources := [s | some s in ["grub_default", "grub_cfg"]; boot[s]] if not deployed_sources

required_text := concat(" ", [sprintf("%s=%s", [r.key, r.value]) | some r in th.cmdline_required])

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if {
	count(sources) == 0
	some p in ["linux.boot.grub_cfg", "linux.boot.grub_default"]
}

tokens(value) := [t | some t in regex.split(`\s+`, value); t != ""]

has_param(value, r) if {
	some t in tokens(value)
	t == sprintf("%s=%s", [r.key, r.value])
}

has_param(value, r) if {
	some t in tokens(value)
	startswith(t, sprintf("%s=%s,", [r.key, r.value]))
}

# a numeric requirement (rootdelay=300) is met by a larger value too
has_param(value, r) if {
	regex.match(`^[0-9]+$`, r.value)
	some t in tokens(value)
	startswith(t, sprintf("%s=", [r.key]))
	v := substring(t, count(r.key) + 1, -1)
	regex.match(`^[0-9]+$`, v)
	to_number(v) >= to_number(r.value)
}

severity(r) := th.rootdelay_missing_severity if r.key == "rootdelay"

severity(r) := "error" if r.key != "rootdelay"

deny contains {"msg": msg, "fact": sprintf("linux.boot.%s", [s]), "severity": severity(r)} if {
	some s in sources
	some r in th.cmdline_required
	not has_param(boot[s].value, r)
	msg := sprintf(
		"the kernel command line in %s lacks %s=%s; the guide requires %s (§2.5): add it to GRUB_CMDLINE_LINUX and regenerate the boot configuration",
		[linux.where(boot[s]), r.key, r.value, required_text],
	)
}

ok contains msg if {
	some s in sources
	msg := sprintf("%s has %s", [linux.where(boot[s]), required_text])
}
