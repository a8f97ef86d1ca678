package vmimage.tests.windows.sysprep_generalized

import data.vmimage.test as t

win(sysprep) := {"os": {"type": "Windows"}, "stage": "build", "windows": {"sysprep": sysprep}}

test_pass_generalized if {
	f := t.finding("windows", "sysprep_generalized") with input as win({"disabled": false, "image_state": "IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE"})
	f == {
		"status": "pass",
		"details": [{"msg": "sysprep enabled; ImageState IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE"}],
		"missing": [],
		"skip": [],
	}
}

test_fail_not_generalized_and_disabled if {
	f := t.finding("windows", "sysprep_generalized") with input as win({"disabled": true, "disabled_reason": "sysprep.exe missing", "image_state": "IMAGE_STATE_COMPLETE"})
	f == {
		"status": "fail",
		"details": [
			{
				"msg": "sysprep is disabled (sysprep.exe missing); the guide requires that sysprep can run to generalize the image (§3.7): re-enable it and generalize with sysprep /generalize /oobe",
				"fact": "windows.sysprep.disabled",
			},
			{
				"msg": "ImageState is IMAGE_STATE_COMPLETE, not IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE: the image was not generalized (§3.7): run sysprep /generalize /oobe /shutdown as the last step before capture",
				"fact": "windows.sysprep.image_state",
			},
		],
		"missing": [],
		"skip": [],
	}
}

test_fail_disabled_without_reason if {
	f := t.finding("windows", "sysprep_generalized") with input as {"os": {"type": "Windows"}, "stage": "deployed", "windows": {"sysprep": {"disabled": true}}}
	f.details == [{
		"msg": "sysprep is disabled; the guide requires that sysprep can run to generalize the image (§3.7): re-enable it and generalize with sysprep /generalize /oobe",
		"fact": "windows.sysprep.disabled",
	}]
}

test_deployed_ignores_image_state if {
	f := t.finding("windows", "sysprep_generalized") with input as {"os": {"type": "Windows"}, "stage": "deployed", "windows": {"sysprep": {"disabled": false, "image_state": "IMAGE_STATE_COMPLETE"}}}
	f == {
		"status": "pass",
		"details": [{"msg": "sysprep enabled (deployed VM: ImageState is judged at the build stage)"}],
		"missing": [],
		"skip": [],
	}
}

test_unknown_image_state if {
	f := t.finding("windows", "sysprep_generalized") with input as win({"disabled": false})
	f == {"status": "unknown", "details": [], "missing": ["windows.sysprep.image_state"], "skip": []}
}

test_unknown_without_sysprep_facts if {
	f := t.finding("windows", "sysprep_generalized") with input as {"os": {"type": "Windows"}}
	f == {"status": "unknown", "details": [], "missing": ["windows.sysprep.disabled", "windows.sysprep.image_state"], "skip": []}
}

test_not_applicable_on_linux if {
	f := t.finding("windows", "sysprep_generalized") with input as {"os": {"type": "Linux"}, "windows": {"sysprep": {"disabled": false, "image_state": "x"}}}
	f == {"status": "not_applicable", "details": [], "missing": [], "skip": ["Linux image: the Windows rules do not apply"]}
}

test_unknown_without_os_type if {
	f := t.finding("windows", "sysprep_generalized") with input as {"windows": {"sysprep": {"disabled": true, "image_state": "IMAGE_STATE_COMPLETE"}}}
	f == {"status": "unknown", "details": [], "missing": ["os.type"], "skip": []}
}
