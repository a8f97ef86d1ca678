package vmimage.tests.lib.findings

import data.vmimage.main

areas := {"sku", "disks", "registration", "sas", "windows"}

# With no facts at all, no rule of these areas passes: each is unknown, or not applicable when a
# profile switches it off (or, for the SKU listing, when there is no listing data).
test_nothing_passes_without_facts if {
	every profile in ["guide", "current"] {
		fs := main.findings with input as {"schema_version": 1}
			with data.config.profile as profile
		mine := [f | some f in fs; split(f.path, ".")[0] in areas]
		count(mine) >= 31
		every f in mine {
			f.status in {"unknown", "not_applicable"}
		}
	}
}

# Each rule package yields exactly one finding.
test_one_finding_per_rule if {
	fs := main.findings with input as {"schema_version": 1}
	paths := [f.path | some f in fs]
	count(paths) == count({p | some p in paths})
	every area in areas {
		every name, _ in data.vmimage.rules[area] {
			sprintf("%s.%s", [area, name]) in paths
		}
	}
}

# The wasm entrypoint (the generated rule index, policies/index.gen.rego) gives what main.findings gives:
# every rule package, each once, with the same finding, with no facts and with the bundled examples' facts.
test_index_equals_main_findings if {
	by_path(data.vmimage.index.findings) == by_path(main.findings)
	count(data.vmimage.index.findings) == count(main.findings)
}

test_index_equals_main_findings_on_linux_facts if {
	doc := {
		"schema_version": 1, "stage": "build", "os": {"type": "Linux"},
		"linux": {"storage": {"swap": {"fstab": [{"spec": "/swapfile", "line": 3}], "files": [], "units": [], "services": []}}},
	}
	by_path(data.vmimage.index.findings) == by_path(main.findings) with input as doc
	fs := data.vmimage.index.findings with input as doc
	some f in fs
	f.path == "linux.no_swap"
	f.status == "fail"
}

by_path(fs) := {f.path: f | some f in fs}
