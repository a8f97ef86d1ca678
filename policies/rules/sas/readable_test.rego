package vmimage.tests.sas.readable

import data.vmimage.test as t

good := {"checked": true, "readable": true, "status": 206, "blob_type": "PageBlob", "footer_fixed": true}

test_pass if {
	f := t.finding("sas", "readable") with input as {"sas": [{"disk": "os", "live": good}]}
	f == {"status": "pass", "details": [{"msg": "1 SAS URI(s) answered with a fixed VHD page blob"}], "missing": [], "skip": []}
}

test_fail_forbidden if {
	f := t.finding("sas", "readable") with input as {"sas": [{"disk": "os", "live": {"checked": true, "readable": false, "status": 403, "error": "AuthenticationFailed"}}]}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the SAS URI for the OS VHD could not be read (HTTP 403: AuthenticationFailed): certification would fail to download the VHD (§5.2.9.g): regenerate the SAS with read permission, valid now",
			"fact": "sas.0.live.readable",
		}],
		"missing": [],
		"skip": [],
	}
}

test_fail_messages_without_status_or_error if {
	f := t.finding("sas", "readable") with input as {"sas": [
		{"disk": "os", "live": {"checked": true, "readable": false, "status": 404}},
		{"disk": "lun0", "live": {"checked": true, "readable": false, "error": "connection refused"}},
		{"disk": "lun1", "live": {"checked": true, "readable": false}},
	]}
	f.details == [
		{
			"msg": "the SAS URI for the OS VHD could not be read (HTTP 404): certification would fail to download the VHD (§5.2.9.g): regenerate the SAS with read permission, valid now",
			"fact": "sas.0.live.readable",
		},
		{
			"msg": "the SAS URI for LUN 0 could not be read (connection refused): certification would fail to download the VHD (§5.2.9.g): regenerate the SAS with read permission, valid now",
			"fact": "sas.1.live.readable",
		},
		{
			"msg": "the SAS URI for LUN 1 could not be read: certification would fail to download the VHD (§5.2.9.g): regenerate the SAS with read permission, valid now",
			"fact": "sas.2.live.readable",
		},
	]
}

test_fail_block_blob_not_fixed if {
	f := t.finding("sas", "readable") with input as {"sas": [{"disk": "lun0", "live": {"checked": true, "readable": true, "blob_type": "BlockBlob", "footer_fixed": false}}]}
	f.details == [
		{
			"msg": "the SAS URI for LUN 0 points at a BlockBlob; VHDs must be uploaded as page blobs: upload it again as a page blob",
			"fact": "sas.0.live.blob_type",
		},
		{
			"msg": "the SAS URI for LUN 0 is readable, but the blob's last 512 bytes are not a fixed VHD footer: upload the fixed VHD itself",
			"fact": "sas.0.live.footer_fixed",
		},
	]
}

test_unknown_not_checked if {
	f := t.finding("sas", "readable") with input as {"sas": [{"disk": "os"}, {"disk": "lun0", "live": {"checked": false}}]}
	f == {"status": "unknown", "details": [], "missing": ["sas.0.live.checked", "sas.1.live.checked"], "skip": []}
}

test_unknown_incomplete_check if {
	f := t.finding("sas", "readable") with input as {"sas": [{"disk": "os", "live": {"checked": true, "readable": true}}, {"disk": "lun0", "live": {"checked": true}}]}
	f.status == "unknown"
	f.missing == ["sas.0.live.blob_type", "sas.0.live.footer_fixed", "sas.1.live.readable"]
}

test_unknown_without_sas if {
	f := t.finding("sas", "readable") with input as {}
	f.missing == ["sas"]
}
