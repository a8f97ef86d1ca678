package vmimage.tests.sku.version_format

import data.vmimage.test as t

v(version) := {"sku": {"offer": "o", "sku": "s", "version": version}}

test_pass if {
	f := t.finding("sku", "version_format") with input as v("1.0.10")
	f == {"status": "pass", "details": [{"msg": "version 1.0.10 is X.Y.Z"}], "missing": [], "skip": []}
}

test_pass_sources_agree if {
	f := t.finding("sku", "version_format") with input as {"sku": {"version": "2.1.0", "version_sources": [
		{"source": "input", "value": "2.1.0"},
		{"source": "manifest custom_data", "value": "2.1.0"},
	]}}
	f == {
		"status": "pass",
		"details": [{"msg": "version 2.1.0 is X.Y.Z (stated by input, manifest custom_data)"}],
		"missing": [],
		"skip": [],
	}
}

msg(version) := m if {
	f := t.finding("sku", "version_format") with input as v(version)
	f.status == "fail"
	[m] := [d.msg | some d in f.details]
}

test_malformed_versions if {
	msg("1.0") == "version \"1.0\" is not X.Y.Z with integer parts (it has 2 parts instead of 3); the guide requires X.Y.Z integers (§5.3.8): use e.g. 1.0.0"
	msg("1.0.0.0") == "version \"1.0.0.0\" is not X.Y.Z with integer parts (it has 4 parts instead of 3); the guide requires X.Y.Z integers (§5.3.8): use e.g. 1.0.0"
	msg("01.0.0") == "version \"01.0.0\" is not X.Y.Z with integer parts (it has leading zeros); the guide requires X.Y.Z integers (§5.3.8): use e.g. 1.0.0"
	msg("1.0.0-rc1") == "version \"1.0.0-rc1\" is not X.Y.Z with integer parts (it has a pre-release or build suffix); the guide requires X.Y.Z integers (§5.3.8): use e.g. 1.0.0"
	msg("v1.0.0") == "version \"v1.0.0\" is not X.Y.Z with integer parts (it has a \"v\" prefix); the guide requires X.Y.Z integers (§5.3.8): use e.g. 1.0.0"
	msg("1.x.2") == "version \"1.x.2\" is not X.Y.Z with integer parts (it has parts that are not integers); the guide requires X.Y.Z integers (§5.3.8): use e.g. 1.2.0"
	msg("latest") == "version \"latest\" is not X.Y.Z with integer parts (it has 1 parts instead of 3 and parts that are not integers); the guide requires X.Y.Z integers (§5.3.8): use e.g. 1.0.0"
	msg("1..2") == "version \"1..2\" is not X.Y.Z with integer parts (it has parts that are not integers); the guide requires X.Y.Z integers (§5.3.8): use e.g. 1.2.0"
}

test_int32_only_in_current if {
	g := t.finding("sku", "version_format") with input as v("2147483648.0.0")
	g.status == "pass"

	f := t.finding("sku", "version_format") with input as v("2147483648.0.0")
		with data.config.profile as "current"
	f == {
		"status": "fail",
		"details": [{
			"msg": "version 2147483648.0.0 has the part 2147483648, above 2147483647; current certification requires each part to fit a 32-bit signed integer (Compute Gallery): use a smaller number",
			"fact": "sku.version",
		}],
		"missing": [],
		"skip": [],
	}

	c := t.finding("sku", "version_format") with input as v("2147483647.0.1")
		with data.config.profile as "current"
	c.status == "pass"
}

test_fail_sources_disagree if {
	f := t.finding("sku", "version_format") with input as {"sku": {"version": "1.0.2", "version_sources": [
		{"source": "input", "value": "1.0.2"},
		{"source": "manifest custom_data (packer-manifest.json)", "value": "1.0.3"},
		{"source": "template image_version (image.pkr.hcl:12)", "value": "1.0.2"},
	]}}
	f == {
		"status": "fail",
		"details": [{
			"msg": "the proposed version differs between its sources: input says 1.0.2; manifest custom_data (packer-manifest.json) says 1.0.3; template image_version (image.pkr.hcl:12) says 1.0.2; every source must state the same version: set one version everywhere",
			"fact": "sku.version_sources",
		}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_without_version if {
	f := t.finding("sku", "version_format") with input as {"sku": {"offer": "o"}}
	f == {"status": "unknown", "details": [], "missing": ["sku.version"], "skip": []}
}
