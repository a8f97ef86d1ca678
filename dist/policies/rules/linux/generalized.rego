# METADATA
# title: Image generalized (no DHCP leases, generic hostname, no nameservers)
# description: |
#   Deprovisioning leaves the image generic: no cached DHCP leases, hostname localhost.localdomain, and no
#   nameserver configuration in /etc/resolv.conf. Judged at the build stage.
# scope: package
# custom:
#   id: AZMP-LNX-025
#   severity: error
#   guide: "§2.9"
#   stage: build
#   facts: [linux.generalization.dhcp_leases, linux.generalization.hostname, linux.generalization.resolv_conf]
#   remediation: |
#     Run waagent -force -deprovision+user as the last step of the build (it removes leases and nameservers
#     and resets the hostname).
package vmimage.rules.linux.generalized

import data.vmimage.lib
import data.vmimage.lib.linux

gen := input.linux.generalization

hostnames := linux.th.generalized_hostnames

skip contains m if some m in linux.skips("build")

missing contains p if some p in linux.needs("build")

missing contains p if some p in linux.absent(["linux.generalization.dhcp_leases", "linux.generalization.hostname"])

deny contains {"msg": msg, "fact": "linux.generalization.dhcp_leases"} if {
	count(gen.dhcp_leases) > 0
	msg := sprintf("cached DHCP lease(s) %s; the guide requires them removed (§2.9): run waagent -deprovision", [lib.join(gen.dhcp_leases)])
}

deny contains {"msg": msg, "fact": "linux.generalization.hostname"} if {
	not gen.hostname.value in hostnames
	msg := sprintf("the hostname is \"%s\" (%s); the guide requires it reset to localhost.localdomain (§2.9): run waagent -deprovision", [gen.hostname.value, object.get(gen.hostname, "file", "/etc/hostname")])
}

deny contains {"msg": msg, "fact": "linux.generalization.resolv_conf"} if {
	gen.resolv_conf.nameservers > 0
	msg := sprintf("%s still has %d nameserver line(s); the guide requires the nameserver configuration removed (§2.9): run waagent -deprovision", [gen.resolv_conf.file, gen.resolv_conf.nameservers])
}

ok contains msg if {
	count(gen.dhcp_leases) == 0
	gen.hostname.value in hostnames
	msg := sprintf("no DHCP leases, hostname \"%s\", no nameservers", [gen.hostname.value])
}
