# METADATA
# title: IPv6 configuration has no effect on Azure
# description: |
#   The guide notes that IPv6 does not work on Azure even when enabled: IPv6 configuration of the image's
#   interfaces is reported as a warning.
# scope: package
# custom:
#   id: AZMP-LNX-020
#   severity: warning
#   guide: "§2.7"
#   stage: any
#   facts: [linux.network.ipv6]
#   remediation: |
#     Remove the IPv6 configuration of the interfaces (inet6 stanzas, IPV6INIT=yes, DHCPv6).
package vmimage.rules.linux.ipv6_configured

import data.vmimage.lib
import data.vmimage.lib.linux

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.network.ipv6.configured" if not lib.has("linux.network.ipv6.configured")

deny contains {"msg": msg, "fact": sprintf("linux.network.ipv6.entries.%d", [i])} if {
	some i, e in input.linux.network.ipv6.entries
	msg := sprintf("IPv6 is configured in %s (%s); the guide notes IPv6 has no effect on Azure (§2.7): remove it", [linux.where(e), e.text])
}

ok contains "no IPv6 configuration on the interfaces" if input.linux.network.ipv6.configured == false
