# METADATA
# title: sysprep /generalize is the last provisioning step Packer runs
# description: |
#   `sysprep /generalize` removes the machine's identity; a later `windows-restart`, installation or
#   configuration step runs Windows setup again or puts per-machine state back, and the captured image is no
#   longer generalized. Judged on what Packer will run for this image: the provisioners after only/except and
#   override, error-cleanup provisioners left out, execute_command around each script, and the lines of
#   script files in the repository. Only shutdown-safe steps may follow: waiting for ImageState, the
#   read-only probe, output, sleeping, downloading files from the VM.
# scope: package
# custom:
#   id: AZMP-WIN-007
#   severity: error
#   guide: "§3.7"
#   stage: any
#   facts: [os.type, os.declared_type, template.provisioners]
#   remediation: |
#     Run `& $env:SystemRoot\System32\Sysprep\Sysprep.exe /oobe /generalize /quiet /quit /mode:vm` in the last
#     powershell provisioner (then only wait for IMAGE_STATE_GENERALIZE_RESEAL_TO_OOBE, probe, download).
package vmimage.rules.windows.sysprep_last

import data.vmimage.lib
import data.vmimage.lib.template_steps as ts

gen := `(?i)sysprep(\.exe)?['"]?\s.*[/-]generalize`

# PowerShell lines are judged whole (a `;` inside a wait loop's braces does not end it).
sep := `\x00`

safe := `(?i)^(while\s*\(.*|if\s*\(.*imagestate.*|[{}\s]*(else\s*\{?\s*)?(break|continue)?[{}\s;]*|.*imagestate.*|.*probe\.ps1.*|write-(output|host|verbose)\b.*|start-sleep\b.*|exit(\s+\d+)?|remove-item\b.*|clear-history|echo(\s.*)?|rem(\s.*)?)$`

skip contains m if {
	lib.is_linux
	m := "Linux image: the Windows rules do not apply"
}

missing contains "os.type" if not lib.os_type

missing contains "template.provisioners" if {
	count(skip) == 0
	not lib.has("template.provisioners")
}

missing contains f if {
	count(skip) == 0
	some f in ts.unreadable_after(gen)
}

missing contains f if {
	count(skip) == 0
	lib.has("template.provisioners")
	count(ts.gen_keys(gen)) == 0
	some f in ts.could_hide
}

deny contains {"msg": msg, "fact": x.fact} if {
	count(skip) == 0
	some x in ts.unsafe_after(gen, sep, safe)
	msg := sprintf("%s runs after sysprep /generalize and undoes the generalization (§3.7): generalize as the last step", [x.what])
}

deny contains {"msg": msg, "fact": "template.source"} if {
	count(skip) == 0
	lib.has("template.provisioners")
	count(ts.gen_keys(gen)) == 0
	count(ts.could_hide) == 0
	msg := "no provisioner runs sysprep /generalize: the image is captured without being generalized (§3.7)"
}

ok contains msg if {
	last := ts.last_gen(gen)
	n := floor(last / 100000)
	msg := sprintf("sysprep /generalize (provisioner %d) is the last step that changes the machine", [ts.provs[n].index + 1])
}
