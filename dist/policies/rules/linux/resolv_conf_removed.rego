# METADATA
# title: /etc/resolv.conf removed before capture
# description: |
#   The last step before capture removes /etc/resolv.conf (waagent -deprovision does it), so the VM gets
#   its DNS configuration from Azure. A link to a resolver's runtime file under /run (systemd-resolved)
#   carries no configuration and is accepted. Judged at the build stage: a deployed VM has its own.
# scope: package
# custom:
#   id: AZMP-LNX-018
#   severity: error
#   guide: "§2.7, §2.9"
#   stage: build
#   facts: [linux.generalization.resolv_conf]
#   remediation: |
#     Run waagent -force -deprovision+user as the last provisioning step, or rm /etc/resolv.conf.
package vmimage.rules.linux.resolv_conf_removed

import data.vmimage.lib
import data.vmimage.lib.linux

rc := input.linux.generalization.resolv_conf

runtime_link if startswith(object.get(rc, "symlink_to", ""), "/run/")

skip contains m if some m in linux.skips("build")

missing contains p if some p in linux.needs("build")

missing contains "linux.generalization.resolv_conf.present" if not lib.has("linux.generalization.resolv_conf.present")

deny contains {"msg": msg, "fact": "linux.generalization.resolv_conf"} if {
	rc.present == true
	not runtime_link
	msg := sprintf("%s is present (%v nameserver line(s)); the guide requires it removed before capture (§2.7, §2.9): run waagent -deprovision or rm /etc/resolv.conf", [rc.file, object.get(rc, "nameservers", "unknown")])
}

ok contains "/etc/resolv.conf is removed" if rc.present == false

ok contains msg if {
	rc.present == true
	runtime_link
	msg := sprintf("/etc/resolv.conf links to the runtime file %s", [rc.symlink_to])
}
