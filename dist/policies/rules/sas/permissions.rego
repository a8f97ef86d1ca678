# METADATA
# title: SAS grants read and list only
# description: |
#   Each SAS URI's permissions (sp) are read and list at most, and include read: certification only
#   downloads the VHD, and a SAS that can write, add, create or delete exposes the blob.
# scope: package
# custom:
#   id: AZMP-SAS-002
#   severity: error
#   guide: "§5.2"
#   stage: any
#   facts: [sas]
#   remediation: |
#     Generate the SAS with read and list permissions only (sp=rl), e.g.
#     `az storage blob generate-sas --permissions rl …`.
package vmimage.rules.sas.permissions

import data.vmimage.lib
import data.vmimage.lib.sas
import data.vmimage.lib.text

allowed := split(lib.thresholds.sas.permissions_allowed, "")

required := split(lib.thresholds.sas.permissions_required, "")

names := {
	"r": "read", "a": "add", "c": "create", "w": "write", "d": "delete", "x": "delete version",
	"y": "permanent delete", "l": "list", "t": "tags", "f": "filter", "m": "move", "e": "execute",
	"o": "ownership", "p": "permissions", "i": "set immutability policy",
}

name(letter) := object.get(names, letter, sprintf("\"%s\"", [letter]))

missing contains "sas" if count(sas.uris) == 0

missing contains sprintf("sas.%d.sp", [i]) if {
	some i, s in sas.uris
	not s.sp
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.sp", [i])} if {
	some i, s in sas.uris
	extra := {l | some l in split(s.sp, ""); not l in allowed}
	count(extra) > 0
	msg := sprintf(
		"%s grants %s (sp=%s); %s allows read and list only (§5.2): generate it with sp=%s",
		[sas.label(s), lib.join(sort({name(l) | some l in extra})), s.sp, text.authority, lib.thresholds.sas.permissions_allowed],
	)
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.sp", [i])} if {
	some i, s in sas.uris
	lacking := {l | some l in required; not contains(s.sp, l)}
	count(lacking) > 0
	msg := sprintf(
		"%s does not grant %s (sp=%s); certification must be able to read the VHD (§5.2): generate it with sp=%s",
		[sas.label(s), lib.join(sort({name(l) | some l in lacking})), s.sp, lib.thresholds.sas.permissions_allowed],
	)
}

ok contains msg if {
	count(missing) == 0
	msg := sprintf("%d SAS URI(s), permissions within %s: %s", [
		count(sas.uris),
		lib.thresholds.sas.permissions_allowed,
		lib.join([sprintf("%s sp=%s", [s.disk, s.sp]) | some s in sas.uris]),
	])
}
