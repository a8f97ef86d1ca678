# METADATA
# title: Sysprep is not disabled and the image is generalized
# description: |
#   Every marketplace image is generalized: sysprep must be able to run (not disabled or blocked), and
#   the captured OS reports ImageState IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE (after
#   `sysprep /generalize /oobe`). On a VM deployed from the image, setup has completed and ImageState
#   is no longer that value, so at the deployed stage only "sysprep not disabled" is judged.
# scope: package
# custom:
#   id: AZMP-WIN-005
#   severity: error
#   guide: "§3.7"
#   stage: any
#   facts: [os.type, stage, windows.sysprep.disabled, windows.sysprep.disabled_reason, windows.sysprep.image_state]
#   remediation: |
#     Don't disable or block sysprep. As the last build step run
#     `%WINDIR%\System32\Sysprep\sysprep.exe /generalize /oobe /shutdown` (Packer: the final powershell
#     provisioner, waiting until ImageState is IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE).
package vmimage.rules.windows.sysprep_generalized

import data.vmimage.lib

want := lib.thresholds.windows.generalized_image_state

deployed if input.stage == "deployed"

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "Linux image: the Windows rules do not apply" if lib.is_linux

missing contains "os.type" if not lib.os_type

missing contains "windows.sysprep.disabled" if {
	applies
	not lib.has("windows.sysprep.disabled")
}

missing contains "windows.sysprep.image_state" if {
	applies
	not deployed
	not lib.has("windows.sysprep.image_state")
}

deny contains {"msg": msg, "fact": "windows.sysprep.disabled"} if {
	lib.is_windows
	input.windows.sysprep.disabled == true
	msg := sprintf(
		"sysprep is disabled%s; the guide requires that sysprep can run to generalize the image (§3.7): re-enable it and generalize with sysprep /generalize /oobe",
		[reason],
	)
}

default reason := ""

reason := sprintf(" (%s)", [input.windows.sysprep.disabled_reason]) if input.windows.sysprep.disabled_reason

deny contains {"msg": msg, "fact": "windows.sysprep.image_state"} if {
	lib.is_windows
	not deployed
	input.windows.sysprep.image_state != want
	msg := sprintf(
		"ImageState is %s, not %s: the image was not generalized (§3.7): run sysprep /generalize /oobe /shutdown as the last step before capture",
		[input.windows.sysprep.image_state, want],
	)
}

ok contains msg if {
	applies
	lib.is_windows
	not deployed
	count(missing) == 0
	msg := sprintf("sysprep enabled; ImageState %s", [want])
}

ok contains msg if {
	applies
	lib.is_windows
	deployed
	count(missing) == 0
	msg := "sysprep enabled (deployed VM: ImageState is judged at the build stage)"
}
