# METADATA
# title: Python present, at the required version
# description: |
#   The agent needs Python: 2.6 or later by the guide. The current profile adds a warning for an
#   interpreter below Python 3.9 (the LISA image tests). The highest Python found is judged.
# scope: package
# custom:
#   id: AZMP-LNX-005
#   severity: error
#   guide: "§2.3.3"
#   stage: any
#   facts: [linux.python.present, linux.python.version]
#   remediation: |
#     Install the distribution's Python 3 (python3 package) in the image.
package vmimage.rules.linux.python_version

import data.vmimage.lib
import data.vmimage.lib.linux
import data.vmimage.lib.text

th := linux.th

py := input.linux.python

skip contains m if some m in linux.skips("any")

missing contains p if some p in linux.needs("any")

missing contains "linux.python.present" if not lib.has("linux.python.present")

missing contains "linux.python.version" if {
	py.present == true
	not lib.has("linux.python.version")
}

deny contains {"msg": msg, "fact": "linux.python.present"} if {
	py.present == false
	msg := sprintf("no Python interpreter found; the guide requires Python %s or later (§2.3.3): install python3", [th.python_min_version])
}

deny contains {"msg": msg, "fact": "linux.python.version"} if {
	py.present == true
	lib.version_cmp(py.version, th.python_min_version) < 0
	msg := sprintf(
		"Python %s (%s) is older than %s, the minimum %s accepts (§2.3.3): install python3",
		[py.version, py.path, th.python_min_version, text.authority],
	)
}

deny contains {"msg": msg, "fact": "linux.python.version", "severity": "warning"} if {
	py.present == true
	th.python3_recommended_min_version != null
	lib.version_cmp(py.version, th.python_min_version) >= 0
	lib.version_cmp(py.version, th.python3_recommended_min_version) < 0
	msg := sprintf(
		"Python %s (%s) is below %s, which %s expects: install a newer python3",
		[py.version, py.path, th.python3_recommended_min_version, text.authority],
	)
}

ok contains msg if {
	py.present == true
	msg := sprintf("Python %s at %s", [py.version, py.path])
}
