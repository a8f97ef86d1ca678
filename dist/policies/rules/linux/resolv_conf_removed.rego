# METADATA
# title: /etc/resolv.conf removed before capture
# description: |
#   The last step before capture removes /etc/resolv.conf (waagent -deprovision does it), so the VM gets
#   its DNS configuration from Azure. A symlink (relative or absolute, resolved inside the image) to a file
#   the system generates at boot under /run (systemd-resolved's stub or resolv.conf, resolvconf's)
#   carries no configuration and counts as removed: the agent keeps such a link. Judged at the build
#   stage: a deployed VM has its own.
# scope: package
# custom:
#   id: AZMP-LNX-018
#   severity: error
#   guide: "§2.7, §2.9"
#   stage: build
#   facts: [linux.generalization.resolv_conf]
#   remediation: |
#     A regular file: rm /etc/resolv.conf as the last step (waagent -deprovision removes it). A symlink to a
#     file kept in the image: remove the link, or point it at the file the resolver generates at boot
#     (ln -sf ../run/systemd/resolve/stub-resolv.conf /etc/resolv.conf with systemd-resolved).
package vmimage.rules.linux.resolv_conf_removed

import data.vmimage.lib
import data.vmimage.lib.linux

rc := input.linux.generalization.resolv_conf

# What the file is; older probes give only present and symlink_to.
kind := rc.kind

kind := "absent" if {
	not rc.kind
	rc.present == false
}

kind := "symlink" if {
	not rc.kind
	rc.present == true
	rc.symlink_to
}

kind := "regular" if {
	not rc.kind
	rc.present == true
	not rc.symlink_to
}

# Where the link leads inside the image: as the probe resolved it, else an absolute link text.
target := rc.resolves_to

target := rc.symlink_to if {
	not rc.resolves_to
	startswith(rc.symlink_to, "/")
}

runtime_link if {
	kind == "symlink"
	startswith(target, "/run/")
}

file := object.get(rc, "file", "/etc/resolv.conf")

skip contains m if some m in linux.skips("build")

missing contains p if some p in linux.needs("build")

missing contains "linux.generalization.resolv_conf.present" if {
	not lib.has("linux.generalization.resolv_conf.present")
	not lib.has("linux.generalization.resolv_conf.kind")
}

# A relative link the probe did not resolve inside the image cannot be judged.
missing contains "linux.generalization.resolv_conf.resolves_to" if {
	kind == "symlink"
	not target
}

link_text := sprintf("%s (resolves to %s)", [rc.symlink_to, target]) if {
	rc.symlink_to != target
}

link_text := target if {
	not rc.symlink_to
} else := target if {
	rc.symlink_to == target
}

deny contains {"msg": msg, "fact": "linux.generalization.resolv_conf"} if {
	kind == "regular"
	msg := sprintf("%s is a regular file (%v nameserver line(s)) that would carry this build's DNS configuration into every VM; the guide requires it removed before capture (§2.7, §2.9): rm %s as the last step (waagent -deprovision removes it)", [file, object.get(rc, "nameservers", "unknown"), file])
}

deny contains {"msg": msg, "fact": "linux.generalization.resolv_conf"} if {
	kind == "symlink"
	target
	not runtime_link
	msg := sprintf("%s is a symlink to %s, a file kept in the image rather than one generated at boot under /run; the guide requires resolv.conf removed before capture (§2.7, §2.9): remove the link (rm %s), or point it at the resolver's runtime file (e.g. ../run/systemd/resolve/stub-resolv.conf)", [file, link_text, file])
}

deny contains {"msg": msg, "fact": "linux.generalization.resolv_conf"} if {
	kind == "other"
	msg := sprintf("%s is neither a file nor a symlink; the guide requires it removed before capture (§2.7, §2.9): remove it", [file])
}

ok contains "/etc/resolv.conf is removed" if kind == "absent"

ok contains msg if {
	runtime_link
	msg := sprintf("/etc/resolv.conf links to the runtime file %s%s, which the agent keeps", [target, generator])
}

generator := sprintf(" (generated at boot by %s)", [rc.generated_by]) if rc.generated_by

generator := "" if not rc.generated_by
