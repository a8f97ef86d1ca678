# METADATA
# title: OpenSSL present, at the recommended version
# description: |
#   OpenSSL must be installed (error when absent); below the recommended version is a warning: 1.0 or
#   later by the guide; current certification (LISA) accepts 3.0.0 or later, or the 1.1.1 and 1.0.2
#   series.
# scope: package
# custom:
#   id: AZMP-LNX-007
#   severity: error
#   guide: "§2.3.5"
#   stage: any
#   facts: [linux.openssl.present, linux.openssl.version]
#   remediation: |
#     Install and update the distribution's openssl package.
package vmimage.rules.linux.openssl_version

import data.vmimage.lib
import data.vmimage.lib.linux
import data.vmimage.lib.text

th := linux.th

ssl := input.linux.openssl

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.openssl.present" if not lib.has("linux.openssl.present")

missing contains "linux.openssl.version" if {
	ssl.present == true
	not lib.has("linux.openssl.version")
}

accepted(v) if lib.version_cmp(v, th.openssl_min_version) >= 0

accepted(v) if {
	some s in th.openssl_accepted_series
	sp := lib.version_parts(s)
	array.slice(lib.version_parts(v), 0, count(sp)) == sp
}

accepted_text := sprintf("%s or later", [th.openssl_min_version]) if count(th.openssl_accepted_series) == 0

accepted_text := sprintf("%s or later, or the %s series", [th.openssl_min_version, concat(" / ", th.openssl_accepted_series)]) if {
	count(th.openssl_accepted_series) > 0
}

deny contains {"msg": msg, "fact": "linux.openssl.present"} if {
	ssl.present == false
	msg := sprintf("OpenSSL is not installed; the guide requires it, %s recommended (§2.3.5): install openssl", [accepted_text])
}

deny contains {"msg": msg, "fact": "linux.openssl.version", "severity": "warning"} if {
	ssl.present == true
	not accepted(ssl.version)
	msg := sprintf("OpenSSL %s is older than %s accepts (%s) (§2.3.5): update openssl", [ssl.version, text.authority, accepted_text])
}

ok contains msg if {
	ssl.present == true
	msg := sprintf("OpenSSL %s (%s)", [ssl.version, object.get(ssl, "version_source", "")])
}
