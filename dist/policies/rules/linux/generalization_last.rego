# METADATA
# title: waagent -deprovision is the last provisioning step Packer runs
# description: |
#   `waagent -deprovision` generalizes the VM (removes the provisioning state, the host keys, the resolver
#   configuration, with +user the build account); whatever a later provisioner runs puts state back into
#   the image. Judged on what Packer will run for this image: the provisioners after only/except and
#   override, error-cleanup provisioners left out, execute_command around each script, and the lines of
#   script files in the repository. Only shutdown-safe steps may follow (sync, clearing the shell history,
#   removing files, the read-only probe, downloading files from the VM).
# scope: package
# custom:
#   id: AZMP-LNX-031
#   severity: error
#   guide: "§2.9"
#   stage: any
#   facts: [os.type, os.declared_type, template.provisioners]
#   remediation: |
#     Make `/usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync` the last command of the
#     last provisioner (only the probe, file downloads and sync may follow it).
package vmimage.rules.linux.generalization_last

import data.vmimage.lib
import data.vmimage.lib.template_steps as ts

gen := `(^|[^A-Za-z0-9_.-])waagent(\s+\S+)*\s+-{1,2}deprovision`

sep := `\s*(?:;|&&|\|\|)\s*`

safe := `^(sudo(\s+-\S+)*\s+)?(\S*/)?(sync|export\s+HISTSIZE=0|unset\s+HISTFILE|history\s+-[cw]+|rm\s.*|true|:|echo(\s[^>]*)?|exit(\s+\d+)?|sleep\s+\S+|cat\s[^>]*|shutdown(\s.*)?|poweroff|halt|set\s+[-+][a-zA-Z]+|(sh|bash)\s+\S*probe\.sh(\s.*)?|\S*probe\.sh(\s.*)?|(cat\s+/dev/null\s*)?>\s*\S*(history|/dev/null)\S*)$`

skip contains m if {
	lib.is_windows
	m := "not a Linux image (the OS is Windows)"
}

missing contains "os.type" if not lib.os_type

missing contains "template.provisioners" if {
	count(skip) == 0
	not lib.has("template.provisioners")
}

# Steps after the deprovisioning that could not be read.
missing contains f if {
	count(skip) == 0
	some f in ts.unreadable_after(gen)
}

# No deprovisioning found, but an unreadable step or an unknown provisioner type could be it.
missing contains f if {
	count(skip) == 0
	lib.has("template.provisioners")
	count(ts.gen_keys(gen)) == 0
	some f in ts.could_hide
}

deny contains {"msg": msg, "fact": x.fact} if {
	count(skip) == 0
	some x in ts.unsafe_after(gen, sep, safe)
	msg := sprintf("%s runs after waagent -deprovision and undoes the generalization (§2.9): deprovision as the last step", [x.what])
}

deny contains {"msg": msg, "fact": "template.source"} if {
	count(skip) == 0
	lib.has("template.provisioners")
	count(ts.gen_keys(gen)) == 0
	count(ts.could_hide) == 0
	msg := "no provisioner runs waagent -deprovision: the image is captured without being generalized (§2.9)"
}

ok contains msg if {
	last := ts.last_gen(gen)
	n := floor(last / 100000)
	msg := sprintf("waagent -deprovision (provisioner %d) is the last step that changes the machine", [ts.provs[n].index + 1])
}
