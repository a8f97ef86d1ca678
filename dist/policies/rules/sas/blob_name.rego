# METADATA
# title: SAS URI names the .vhd blob
# description: |
#   Each SAS URI's path names the VHD blob itself: the name ends in ".vhd" and contains no spaces,
#   "%" or double quotes (which the 2015 certification tooling could not handle). A URI that could not
#   be parsed at all fails here.
# scope: package
# custom:
#   id: AZMP-SAS-005
#   severity: error
#   guide: "§5.2.9"
#   stage: any
#   facts: [sas]
#   remediation: |
#     Upload each VHD under a plain name such as os-disk.vhd (letters, digits, "-", "_", "/"), and
#     generate the SAS for that blob, not for its container.
package vmimage.rules.sas.blob_name

import data.vmimage.lib
import data.vmimage.lib.sas

missing contains "sas" if count(sas.uris) == 0

missing contains sprintf("sas.%d.blob_name", [i]) if {
	some i, s in sas.uris
	not s.parse_error
	not is_string(object.get(s, "blob_name", null))
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.uri", [i])} if {
	some i, s in sas.uris
	s.parse_error
	msg := sprintf("%s could not be read as a SAS URI (%s): give the full https://…/container/name.vhd?… URI", [sas.label(s), s.parse_error])
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.blob_name", [i])} if {
	some i, s in sas.uris
	s.blob_name == ""
	msg := sprintf("%s names no blob (a container URI?); the URI must name the .vhd blob (§5.2.9.d): generate the SAS for the VHD blob", [sas.label(s)])
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.blob_name", [i])} if {
	some i, s in sas.uris
	s.blob_name != ""
	not endswith(lower(s.blob_name), ".vhd")
	msg := sprintf("%s names the blob \"%s\", which is not a .vhd file (§5.2.9.d): point it at the VHD blob", [sas.label(s), s.blob_name])
}

bad_chars := {" ": "spaces", "%": "\"%\"", "\"": "double quotes"}

deny contains {"msg": msg, "fact": sprintf("sas.%d.blob_name", [i])} if {
	some i, s in sas.uris
	found := [what | some c, what in bad_chars; contains(s.blob_name, c)]
	count(found) > 0
	msg := sprintf(
		"the blob name \"%s\" in %s contains %s, which certification cannot handle (§5.2.9): rename the blob without spaces, %% or quotes",
		[s.blob_name, sas.label(s), concat(" and ", sort(found))],
	)
}

ok contains msg if {
	count(missing) == 0
	msg := sprintf("blob names: %s", [lib.join([sprintf("%s %s", [s.disk, s.blob_name]) | some s in sas.uris])])
}
