# Thin adapter: exposes vm-image-policy's findings as conftest's deny/warn, so conftest and `opa eval` run the
# very same rules as the wasm engine in the benchmark.
package main

import data.vmimage.main as vm

deny contains msg if {
	some f in vm.findings
	f.status == "fail"
	msg := sprintf("%s: %s", [f.path, f.details[0].msg])
}

warn contains msg if {
	some f in vm.findings
	f.status == "unknown"
	msg := sprintf("%s: facts not gathered", [f.path])
}

# For `opa eval`: every document of an input array evaluated in one process.
all_findings := [fs |
	some d in input
	fs := vm.findings with input as d
]
