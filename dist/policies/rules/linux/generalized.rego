# METADATA
# title: Image generalized (no DHCP leases, generic hostname, no nameservers, no provisioning state)
# description: |
#   Deprovisioning leaves the image generic: no cached DHCP leases (dhclient, systemd-networkd,
#   NetworkManager), hostname localhost.localdomain (or empty / localhost, which the platform sets), no
#   nameserver configuration in /etc/resolv.conf, and no provisioning state left that makes a new VM skip
#   provisioning (/var/lib/waagent/provisioned and the agent's other per-VM files; cloud-init's
#   /var/lib/cloud/instance and instances/). Judged at the build stage.
# scope: package
# custom:
#   id: AZMP-LNX-025
#   severity: error
#   guide: "§2.9"
#   stage: build
#   facts: [linux.generalization.dhcp_leases, linux.generalization.hostname, linux.generalization.resolv_conf, linux.generalization.provisioning_state, linux.unsupported]
#   remediation: |
#     Run waagent -force -deprovision+user as the last step of the build (it removes dhclient leases, the
#     nameservers and the agent's state, and resets the hostname); with cloud-init, also cloud-init clean
#     (--logs) to remove /var/lib/cloud/instance(s); delete other leases the message names.
package vmimage.rules.linux.generalized

import data.vmimage.lib
import data.vmimage.lib.linux

gen := input.linux.generalization

hostnames := linux.th.generalized_hostnames

skip contains m if some m in linux.skips("build")

missing contains p if some p in linux.needs("build")

missing contains p if some p in linux.absent(["linux.generalization.dhcp_leases", "linux.generalization.hostname", "linux.generalization.provisioning_state"])

missing contains m if some m in linux.unsupported(["linux.generalization.dhcp_leases", "linux.generalization.hostname", "linux.generalization.provisioning_state"])

deny contains {"msg": msg, "fact": "linux.generalization.dhcp_leases"} if {
	count(gen.dhcp_leases) > 0
	msg := sprintf("cached DHCP lease(s) %s; the guide requires them removed (§2.9): delete them (waagent -deprovision removes dhclient's)", [lib.join(gen.dhcp_leases)])
}

deny contains {"msg": msg, "fact": "linux.generalization.hostname"} if {
	not gen.hostname.value in hostnames
	msg := sprintf("the hostname is \"%s\" (%s); the guide requires it reset to localhost.localdomain (§2.9): run waagent -deprovision, or write localhost.localdomain to /etc/hostname", [gen.hostname.value, object.get(gen.hostname, "file", "/etc/hostname")])
}

# Nameservers count only in a regular file: a link to a runtime file carries no configuration (AZMP-LNX-018).
deny contains {"msg": msg, "fact": "linux.generalization.resolv_conf"} if {
	object.get(gen.resolv_conf, "kind", "regular") == "regular"
	gen.resolv_conf.nameservers > 0
	msg := sprintf("%s still has %d nameserver line(s); the guide requires the nameserver configuration removed (§2.9): run waagent -deprovision, or rm %s", [gen.resolv_conf.file, gen.resolv_conf.nameservers, gen.resolv_conf.file])
}

owned(o) := [s.path | some s in gen.provisioning_state; object.get(s, "owner", "waagent") == o]

deny contains {"msg": msg, "fact": "linux.generalization.provisioning_state"} if {
	count(owned("waagent")) > 0
	msg := sprintf("the agent's provisioning state is left in the image (%s), so a VM made from it would skip or misread its own provisioning; the guide requires the image generalized (§2.9): run waagent -force -deprovision as the last step (it removes them)", [lib.join(owned("waagent"))])
}

deny contains {"msg": msg, "fact": "linux.generalization.provisioning_state"} if {
	count(owned("cloud-init")) > 0
	msg := sprintf("cloud-init's per-instance state is left in the image (%s), so a VM made from it would run as an already provisioned instance; the guide requires the image generalized (§2.9): run cloud-init clean as the last step (it removes them)", [lib.join(owned("cloud-init"))])
}

ok contains msg if {
	count(gen.dhcp_leases) == 0
	gen.hostname.value in hostnames
	count(gen.provisioning_state) == 0
	msg := sprintf("no DHCP leases, hostname \"%s\", no nameservers, no provisioning state", [gen.hostname.value])
}
