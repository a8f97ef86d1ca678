# METADATA
# title: SAS is not expired
# description: |
#   Each SAS URI's expiry (se) lies after "now", the evaluation time: an expired SAS cannot be read.
# scope: package
# custom:
#   id: AZMP-SAS-006
#   severity: error
#   guide: "§5.2"
#   stage: any
#   facts: [sas, config.now_unix]
#   remediation: |
#     Generate a new SAS URI with an expiry far enough ahead (see AZMP-SAS-003) and submit it.
package vmimage.rules.sas.not_expired

import data.vmimage.lib
import data.vmimage.lib.sas
import data.vmimage.lib.time as clock

missing contains "sas" if count(sas.uris) == 0

missing contains "config.now_unix" if not now_known

now_known if is_number(lib.now)

missing contains sprintf("sas.%d.se_unix", [i]) if {
	some i, s in sas.uris
	not is_number(object.get(s, "se_unix", null))
}

deny contains {"msg": msg, "fact": sprintf("sas.%d.se_unix", [i])} if {
	some i, s in sas.uris
	s.se_unix <= lib.now
	msg := sprintf(
		"%s expired at %s, %s before now (%s); an expired SAS cannot be read (§5.2): generate a new one",
		[sas.label(s), clock.datetime(s.se_unix), clock.duration(lib.now - s.se_unix), clock.datetime(lib.now)],
	)
}

ok contains msg if {
	count(missing) == 0
	left := [sprintf("%s %s", [s.disk, clock.duration(s.se_unix - lib.now)]) | some s in sas.uris]
	msg := sprintf("time left before expiry: %s", [lib.join(left)])
}
