# METADATA
# title: pyasn1 installed for the agent's Python
# description: |
#   The pyasn1 Python package must be importable by the Python the agent uses (the highest
#   interpreter found).
# scope: package
# custom:
#   id: AZMP-LNX-006
#   severity: error
#   guide: "§2.3.4"
#   stage: any
#   facts: [linux.python.present, linux.python.pyasn1.present]
#   remediation: |
#     Install the distribution's pyasn1 package for that Python (python3-pyasn1).
package vmimage.rules.linux.pyasn1_present

import data.vmimage.lib
import data.vmimage.lib.linux

py := input.linux.python

skip contains m if some m in linux.skips("any")

skip contains "no Python interpreter (AZMP-LNX-005 reports it)" if py.present == false

missing contains p if some p in linux.needs("any")

missing contains "linux.python.present" if not lib.has("linux.python.present")

missing contains "linux.python.pyasn1.present" if {
	py.present == true
	not lib.has("linux.python.pyasn1.present")
}

deny contains {"msg": msg, "fact": "linux.python.pyasn1.present"} if {
	py.pyasn1.present == false
	msg := sprintf("pyasn1 is not installed for Python %s (%s); the guide requires it (§2.3.4): install python3-pyasn1", [py.version, py.path])
}

ok contains msg if {
	py.pyasn1.present == true
	msg := sprintf("pyasn1 %s at %s", [object.get(py.pyasn1, "version", "(version unknown)"), py.pyasn1.path])
}
