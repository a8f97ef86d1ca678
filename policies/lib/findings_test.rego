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
