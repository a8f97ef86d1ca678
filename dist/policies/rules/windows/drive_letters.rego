# METADATA
# title: Configuration refers only to drives C and D
# description: |
#   On an Azure VM only C:\ (the OS disk) and D:\ (the temporary local disk) always exist, so
#   configuration in the image (startup tasks, services, Run keys, environment, unattend files) may refer
#   to no other drive letter. Judged from the drive references the probe found and from the command
#   lines of the startup tasks.
# scope: package
# custom:
#   id: AZMP-WIN-004
#   severity: error
#   guide: "§3.6"
#   stage: any
#   facts: [os.type, windows.drive_references, windows.startup_tasks]
#   remediation: |
#     Move files and settings that refer to other drives to C:\ (or D:\ for scratch data that may be
#     lost); data disks get their letters only on the deployed VM.
package vmimage.rules.windows.drive_letters

import data.vmimage.lib
import data.vmimage.lib.text

allowed contains upper(d) if some d in lib.thresholds.windows.allowed_drives

allowed_text := concat(" and ", sort([sprintf("%s:\\", [d]) | some d in allowed]))

# Facts are only asked for when the rule applies.
applies if count(skip) == 0

skip contains "Linux image: the Windows rules do not apply" if lib.is_linux

missing contains "os.type" if not lib.os_type

missing contains "windows.drive_references" if {
	applies
	not lib.has("windows.drive_references")
}

# [fact path, drive, where, value]
refs contains [sprintf("windows.drive_references.%d", [i]), upper(r.drive), object.get(r, "where", "configuration"), object.get(r, "value", "")] if {
	some i, r in input.windows.drive_references
}

refs contains [sprintf("windows.startup_tasks.%d.actions", [i]), upper(m[1]), sprintf("task %s", [task.path]), action] if {
	some i, task in input.windows.startup_tasks
	some action in object.get(task, "actions", [])
	some m in regex.find_all_string_submatch_n(`(?:^|[^A-Za-z0-9])([A-Za-z]):\\`, action, -1)
}

deny contains {"msg": msg, "fact": fact} if {
	lib.is_windows
	some [fact, drive, where, value] in refs
	not drive in allowed
	msg := sprintf(
		"%s refers to drive %s:%s; only %s always exist on an Azure VM, per %s (§3.6): move it to C:\\",
		[where, drive, quoted(value), allowed_text, text.authority],
	)
}

quoted("") := ""

quoted(v) := sprintf(" (%s)", [v]) if v != ""

ok contains msg if {
	applies
	lib.is_windows
	count(missing) == 0
	msg := sprintf("drives referenced: %s (allowed: %s)", [drives, allowed_text])
}

default drives := "none"

drives := lib.join(sort({sprintf("%s:", [d]) | some [_, d, _, _] in refs})) if count(refs) > 0
