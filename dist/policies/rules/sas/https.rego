# METADATA
# title: SAS URI uses https
# description: |
#   The guide (§5.2.9.f) tells publishers to check that the URL does NOT start with https; that was a
#   quirk of the 2015 storage tool, not a requirement, so under the guide profile a SAS URI that is not
#   https is only a notice. Current certification requires https, and a SAS restricted to it (spr=https),
#   and reports anything else as an error.
# scope: package
# custom:
#   id: AZMP-SAS-007
#   severity: notice
#   guide: "§5.2.9.f"
#   stage: any
#   facts: [sas]
#   remediation: |
#     Use the https URI and generate the SAS with "HTTPS only" (`--https-only`, spr=https).
package vmimage.rules.sas.https

import data.vmimage.lib
import data.vmimage.lib.sas
import data.vmimage.lib.text

th := lib.thresholds.sas

missing contains "sas" if count(sas.uris) == 0

missing contains sprintf("sas.%d.scheme", [i]) if {
	some i, s in sas.uris
	not is_string(object.get(s, "scheme", null))
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.scheme", [i]), "severity": th.https_severity} if {
	some i, s in sas.uris
	lower(s.scheme) != "https"
	msg := sprintf("%s uses %s; %s: use the https URI", [sas.label(s), s.scheme, why])
}

why := "the guide's advice that the URL not start with https (§5.2.9.f) was a quirk of its 2015 tool, and https keeps the URI off the wire in clear text" if {
	th.https_severity != "error"
}

why := sprintf("%s requires https", [text.authority]) if th.https_severity == "error"

deny contains {"msg": msg, "fact": sprintf("sas.%d.spr", [i]), "severity": "error"} if {
	th.https_only_required
	some i, s in sas.uris
	sas.parsed(s)
	object.get(s, "spr", "https,http") != "https"
	msg := sprintf(
		"%s allows plain http (spr=%s); %s requires a SAS restricted to https: generate it with HTTPS only (spr=https)",
		[sas.label(s), object.get(s, "spr", "absent"), text.authority],
	)
}

ok contains msg if {
	count(missing) == 0
	msg := sprintf("%d SAS URI(s) use https", [count(sas.uris)])
}
