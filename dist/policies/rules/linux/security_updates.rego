# METADATA
# title: All security updates installed
# description: |
#   Every security update of the distribution is installed. Judged from the package manager's own
#   metadata in the image (apt lists of the security suites against the dpkg status; yum/dnf/zypper on a
#   live system), as fresh as the image's last metadata refresh.
# scope: package
# custom:
#   id: AZMP-LNX-021
#   severity: error
#   guide: "§2.8"
#   stage: any
#   facts: [linux.updates.pending_security, linux.updates.method]
#   remediation: |
#     Refresh and upgrade as a late build step (apt-get update && apt-get -y upgrade; dnf -y upgrade
#     --security; zypper patch --category security), then deprovision.
package vmimage.rules.linux.security_updates

import data.vmimage.lib
import data.vmimage.lib.linux

pending := input.linux.updates.pending_security

show(p) := sprintf("%s %s → %s", [p.name, p.installed, p.candidate]) if p.installed

show(p) := p.name if not p.installed

first := [show(p) | some p in array.slice(pending, 0, 5)]

more := sprintf(" and %d more", [count(pending) - 5]) if count(pending) > 5

more := "" if count(pending) <= 5

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.updates.pending_security" if not lib.has("linux.updates.pending_security")

deny contains {"msg": msg, "fact": "linux.updates.pending_security"} if {
	count(pending) > 0
	msg := sprintf(
		"%d security update(s) pending (%s%s, by %s); the guide requires all security updates installed (§2.8): upgrade the packages before capture",
		[count(pending), lib.join(first), more, input.linux.updates.method],
	)
}

ok contains msg if {
	count(pending) == 0
	msg := sprintf("no pending security updates (%s)", [input.linux.updates.method])
}
