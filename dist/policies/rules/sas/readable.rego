# METADATA
# title: SAS URI actually grants read of a fixed VHD page blob
# description: |
#   With network checks on, each SAS URI is tried: the blob answers, is a page blob, and its last 512
#   bytes are a fixed VHD footer (what the guide's "Test in Browser" step checks by hand). Without a live
#   check the rule is unknown, never a pass.
# scope: package
# custom:
#   id: AZMP-SAS-008
#   severity: error
#   guide: "§5.2.9.g"
#   stage: any
#   facts: [sas]
#   remediation: |
#     Turn on network checks (`network-checks: true`, default in release mode) so the URIs are tried.
#     If a URI fails: regenerate the SAS (read + list, valid now), upload the VHD as a page blob
#     (`az storage blob upload --type page`, or AzCopy with `--blob-type PageBlob`), and check it is a fixed VHD.
package vmimage.rules.sas.readable

import data.vmimage.lib.sas

missing contains "sas" if count(sas.uris) == 0

checked(s) if s.live.checked == true

missing contains sprintf("sas.%d.live.checked", [i]) if {
	some i, s in sas.uris
	not checked(s)
}

missing contains sprintf("sas.%d.live.%s", [i, k]) if {
	some i, s in sas.uris
	checked(s)
	s.live.readable == true
	some k in ["blob_type", "footer_fixed"]
	object.get(s.live, k, null) == null
}

missing contains sprintf("sas.%d.live.readable", [i]) if {
	some i, s in sas.uris
	checked(s)
	not is_boolean(object.get(s.live, "readable", null))
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.live.readable", [i])} if {
	some i, s in sas.uris
	checked(s)
	s.live.readable == false
	msg := sprintf("%s could not be read%s: certification would fail to download the VHD (§5.2.9.g): regenerate the SAS with read permission, valid now", [sas.label(s), answer(s.live)])
}

default answer(_) := ""

answer(live) := sprintf(" (HTTP %d: %s)", [live.status, live.error]) if {
	live.status
	live.error
}

answer(live) := sprintf(" (HTTP %d)", [live.status]) if {
	live.status
	not live.error
}

answer(live) := sprintf(" (%s)", [live.error]) if {
	not live.status
	live.error
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.live.blob_type", [i])} if {
	some i, s in sas.uris
	checked(s)
	s.live.readable == true
	lower(s.live.blob_type) != "pageblob"
	msg := sprintf("%s points at a %s; VHDs must be uploaded as page blobs: upload it again as a page blob", [sas.label(s), s.live.blob_type])
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.live.footer_fixed", [i])} if {
	some i, s in sas.uris
	checked(s)
	s.live.readable == true
	s.live.footer_fixed == false
	msg := sprintf("%s is readable, but the blob's last 512 bytes are not a fixed VHD footer: upload the fixed VHD itself", [sas.label(s)])
}

ok contains msg if {
	count(missing) == 0
	msg := sprintf("%d SAS URI(s) answered with a fixed VHD page blob", [count(sas.uris)])
}
