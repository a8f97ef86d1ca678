# METADATA
# title: Kernel boot line has console=ttyS0 earlyprintk=ttyS0 rootdelay=300
# description: |
#   The kernel command line must send the console to the serial port and wait for the OS disk:
#   console=ttyS0 earlyprintk=ttyS0 rootdelay=300, as the kernel will see it. At the build stage both the
#   boot loader defaults (GRUB_CMDLINE_LINUX and _DEFAULT after /etc/default/grub and then
#   /etc/default/grub.d/*.cfg in the order grub-mkconfig reads them) and the generated configuration
#   (grub.cfg or the first BLS entry) are judged; deployed, /proc/cmdline. When a parameter is given twice
#   the last one counts (rootdelay=300 ... rootdelay=10 is 10); console= may be given several times (every
#   one is a console). Current certification reports a missing rootdelay as a warning only, and expects
#   ttyAMA0 on arm64.
# scope: package
# custom:
#   id: AZMP-LNX-012
#   severity: error
#   guide: "§2.5"
#   stage: any
#   facts: [linux.boot.grub_default, linux.boot.grub_cfg, linux.boot.proc_cmdline, os.architecture, linux.unsupported]
#   remediation: |
#     Add "console=ttyS0 earlyprintk=ttyS0 rootdelay=300" to GRUB_CMDLINE_LINUX in the file that sets it last
#     (a /etc/default/grub.d/*.cfg drop-in overrides /etc/default/grub), remove later conflicting values,
#     and regenerate the boot configuration (update-grub / grub2-mkconfig -o /boot/grub2/grub.cfg; for BLS
#     entries grubby --update-kernel=ALL --args=...).
package vmimage.rules.linux.kernel_cmdline

import data.vmimage.lib
import data.vmimage.lib.linux

th := linux.th

boot := object.get(input, ["linux", "boot"], {})

deployed_sources := ["proc_cmdline"] if {
	input.stage == "deployed"
	boot.proc_cmdline
}

sources := deployed_sources if deployed_sources

sources := [s | some s in ["grub_default", "grub_cfg"]; boot[s]] if not deployed_sources

arch := object.get(input.os, "architecture", "")

# The value the profile wants for the image's architecture (ttyAMA0 on arm64 in current).
want(r) := th.cmdline_arch_values[arch][r.key]

want(r) := r.value if not th.cmdline_arch_values[arch][r.key]

required_text := concat(" ", [sprintf("%s=%s", [r.key, want(r)]) | some r in th.cmdline_required])

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains p if {
	count(sources) == 0
	some p in ["linux.boot.grub_cfg", "linux.boot.grub_default"]
}

missing contains m if some m in linux.unsupported(["linux.boot"])

tokens(value) := [t | some t in regex.split(`\s+`, value); t != ""]

# The values given to a parameter, in command-line order.
values(value, key) := [substring(t, count(key) + 1, -1) | some t in tokens(value); startswith(t, with_sep(key, "="))]

# x then sep ("=" or ","): concat for a string (no JavaScript call from the wasm module), sprintf's %s for a
# threshold a configuration gave as another type, as before.
with_sep(x, sep) := concat("", [x, sep]) if is_string(x)

with_sep(x, "=") := sprintf("%s=", [x]) if not is_string(x)

with_sep(x, ",") := sprintf("%s,", [x]) if not is_string(x)

matches(v, w) if v == w

matches(v, w) if startswith(v, with_sep(w, ","))

# a numeric requirement (rootdelay=300) is met by a larger value too, compared as integers of any length
matches(v, w) if {
	lib.digits(w)
	lib.digits(v)
	lib.int_cmp(v, w) >= 0
}

# console= may be given several times and each one is a console: any of them counts.
has_param(value, r) if {
	r.key in th.cmdline_repeatable
	some v in values(value, r.key)
	matches(v, want(r))
}

# Any other parameter: the kernel keeps the last one.
has_param(value, r) if {
	not r.key in th.cmdline_repeatable
	vs := values(value, r.key)
	count(vs) > 0
	matches(vs[count(vs) - 1], want(r))
}

severity(r) := th.rootdelay_missing_severity if r.key == "rootdelay"

severity(r) := "error" if r.key != "rootdelay"

# What was found instead, for the message.
found(value, r) := sprintf("lacks %s=%s", [r.key, want(r)]) if count(values(value, r.key)) == 0

found(value, r) := sprintf("has %s=%s, not %s", [r.key, vs[0], want(r)]) if {
	vs := values(value, r.key)
	count(vs) == 1
}

found(value, r) := sprintf("has %s (the kernel keeps the last one: %s=%s), not %s", [given, r.key, vs[count(vs) - 1], want(r)]) if {
	vs := values(value, r.key)
	count(vs) > 1
	given := concat(" ", [sprintf("%s=%s", [r.key, v]) | some v in vs])
}

# What to do, true for where the line comes from.
fix("grub_default", r) := sprintf("set %s=%s in GRUB_CMDLINE_LINUX there (grub-mkconfig reads /etc/default/grub, then /etc/default/grub.d/*.cfg in order, and a later assignment wins) and regenerate the boot configuration", [r.key, want(r)])

fix("grub_cfg", r) := sprintf("grubby --update-kernel=ALL --args=\"%s=%s\" (or fix the kernel options and regenerate the entries)", [r.key, want(r)]) if startswith(object.get(boot.grub_cfg, "file", ""), "/boot/loader/")

fix("grub_cfg", r) := sprintf("set %s=%s in GRUB_CMDLINE_LINUX and regenerate it (update-grub, or grub2-mkconfig -o %s)", [r.key, want(r), object.get(boot.grub_cfg, "file", "/boot/grub2/grub.cfg")]) if not startswith(object.get(boot.grub_cfg, "file", ""), "/boot/loader/")

fix("proc_cmdline", r) := sprintf("set %s=%s in the image's boot configuration (GRUB_CMDLINE_LINUX, then update-grub) and capture it again", [r.key, want(r)])

deny contains {"msg": msg, "fact": sprintf("linux.boot.%s", [s]), "severity": severity(r)} if {
	some s in sources
	some r in th.cmdline_required
	not has_param(boot[s].value, r)
	msg := sprintf(
		"the kernel command line in %s %s; the guide requires %s (§2.5): %s",
		[linux.where(boot[s]), found(boot[s].value, r), required_text, fix(s, r)],
	)
}

ok contains msg if {
	some s in sources
	msg := sprintf("%s has %s", [linux.where(boot[s]), required_text])
}
